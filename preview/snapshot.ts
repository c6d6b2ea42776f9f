// What the page draws: every tab's displayed cells, read straight from the workbook so that
// drawing the grid adds nothing to the add-on's call counts.
import { columnLetters } from "../test/fakes/a1";
import { displayValue } from "../test/fakes/display";
import type { FakeState } from "../test/fakes";
import { WHITE, type SheetData, type Workbook } from "../test/fakes/workbook";

/** Empty rows and columns drawn past the data, and a bound for very long tabs. */
const MARGIN_ROWS = 5;
const MARGIN_COLS = 2;
const MAX_ROWS = 500;

export interface GridSnapshot {
  id: number;
  name: string;
  hidden: boolean;
  frozenRows: number;
  columns: { letter: string; width: number }[];
  /** One entry per row: [text, background or "", note or "", bold] per cell. */
  rows: [string, string, string, boolean][][];
  truncated: boolean;
}

function grid(wb: Workbook, sheet: SheetData): GridSnapshot {
  const numRows = Math.min(MAX_ROWS, Math.min(sheet.maxRows, Math.max(sheet.lastRow() + MARGIN_ROWS, 20)));
  const numCols = Math.min(sheet.maxCols, Math.max(sheet.lastColumn() + MARGIN_COLS, 8));
  const rows: GridSnapshot["rows"] = [];
  for (let r = 1; r <= numRows; r++) {
    const row: GridSnapshot["rows"][number] = [];
    for (let c = 1; c <= numCols; c++) {
      const cell = sheet.cell(r, c);
      const text = cell ? displayValue(wb.computed(sheet, r, c, new Set()), cell.numberFormat, wb.locale) : "";
      row.push([text, cell && cell.background !== WHITE ? cell.background : "", cell?.note ?? "", cell?.fontWeight === "bold"]);
    }
    rows.push(row);
  }
  const columns = Array.from({ length: numCols }, (_, i) => ({ letter: columnLetters(i + 1), width: sheet.columnWidths.get(i + 1) ?? 100 }));
  return { id: sheet.id, name: sheet.name, hidden: sheet.hidden, frozenRows: sheet.frozenRows, columns, rows, truncated: sheet.lastRow() > numRows };
}

export function snapshot(state: FakeState) {
  const wb = state.workbook;
  return {
    title: wb.name,
    activeSheetId: wb.activeSheet().id,
    sheets: wb.sheets.map((s) => grid(wb, s)),
    menus: state.ui.menus,
    sidebarTitle: state.ui.sidebars.at(-1)?.title ?? "Mise en qualité",
    sidebarsShown: state.ui.sidebars.length,
    toasts: state.ui.toasts,
    alerts: state.ui.alerts,
    calls: state.calls.total,
  };
}
