import type { ProblemView, ValidationView } from "../src/core/api";
import { el, replaceChildren } from "./dom";

function problemList(items: readonly ProblemView[], onSelect: (row: number, column: number) => void): HTMLElement {
  return el(
    "ul",
    { className: "problems" },
    ...items.map((p) => {
      const link = el("a", { className: "cell", title: "Aller à la cellule" }, p.cell || "—");
      if (p.row > 0 && p.column > 0) link.addEventListener("click", () => onSelect(p.row, p.column));
      return el("li", {}, link, " ", el("span", { className: "code" }, p.code), el("div", { className: "small" }, p.message));
    }),
  );
}

/** Counts per error code, then the first errors and warnings, each clickable to select its cell. */
export function renderValidation(target: Element, view: ValidationView, onSelect: (row: number, column: number) => void): void {
  replaceChildren(
    target,
    el("p", { className: view.valid ? "done" : "error" }, view.message),
    ...(view.counts.length ? [el("table", { className: "counts" }, ...view.counts.map((c) => el("tr", {}, el("td", {}, c.name), el("td", { className: "code" }, c.code), el("td", { className: "num" }, String(c.count)))))] : []),
    ...(view.errors.length ? [el("h4", {}, "Premières erreurs"), problemList(view.errors, onSelect)] : []),
    ...(view.warnings.length ? [el("h4", {}, "Avertissements"), problemList(view.warnings, onSelect)] : []),
    el("p", { className: "secondary small" }, `Rapport complet dans l'onglet « ${view.reportTab} ».`),
  );
}
