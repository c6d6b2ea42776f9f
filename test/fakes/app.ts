// SpreadsheetApp and ScriptApp: the entry points to the active spreadsheet.
import { counted } from "./calls";
import type { Execution } from "./context";
import type { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";
import { FakeSpreadsheet, wrapSpreadsheet } from "./spreadsheet";
import { FakeRichTextValueBuilder } from "./richtext";
import { FakeUi } from "./ui";
import { DataValidationCriteria, FakeDataValidationBuilder } from "./validation";

/** ScriptApp.AuthMode (the enum lives on ScriptApp, not SpreadsheetApp). */
export const AuthMode = { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL", CUSTOM_FUNCTION: "CUSTOM_FUNCTION" } as const;

export class FakeSpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  constructor(private readonly exec: Execution) {}

  getActive(): FakeSpreadsheet {
    return wrapSpreadsheet(this.exec);
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return wrapSpreadsheet(this.exec);
  }
  // Shortcuts for the active spreadsheet's methods: delegated unwrapped, so counted once.
  getActiveSheet(): FakeSheet {
    return new FakeSpreadsheet(this.exec).getActiveSheet();
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    return new FakeSpreadsheet(this.exec).setActiveSheet(sheet);
  }
  getActiveRange(): FakeRange {
    return new FakeSpreadsheet(this.exec).getActiveRange();
  }
  getUi(): FakeUi {
    return counted(this.exec, "Ui", new FakeUi(this.exec));
  }
  /** Writes are immediate in the fake: nothing to flush. */
  flush(): void {}
  newRichTextValue(): FakeRichTextValueBuilder {
    return counted(this.exec, "RichTextValueBuilder", new FakeRichTextValueBuilder());
  }
  newDataValidation(): FakeDataValidationBuilder {
    return counted(this.exec, "DataValidationBuilder", new FakeDataValidationBuilder());
  }
}
