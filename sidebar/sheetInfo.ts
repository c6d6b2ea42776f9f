import type { SheetInfo } from "../src/core/api";
import { el, replaceChildren } from "./dom";

const percent = (score: number) => `${Math.round(score * 100)} %`;

/** The active tab: name, size, headers, and the schema its headers look like. */
export function renderSheetInfo(target: Element, info: SheetInfo): void {
  const best = info.guesses[0];
  const schemaLine = best
    ? el(
        "p",
        { className: "schema" },
        "Ressemble au schéma : ",
        el("strong", {}, best.title),
        ` (${percent(best.score)} ; ${best.requiredFound}/${best.requiredTotal} champs obligatoires trouvés)`,
      )
    : el("p", { className: "schema warning" }, "Aucun schéma connu ne ressemble à cet onglet.");
  const others = info.guesses.slice(1).map((g) => el("li", {}, `${g.title} : ${percent(g.score)}`));
  const headers = info.headers.map((h, i) => el("li", {}, h === "" ? `(colonne ${i + 1} sans en-tête)` : h));
  replaceChildren(
    target,
    el("h2", {}, info.name),
    el("p", { className: "secondary" }, `${info.dataRows} ligne(s) de données, ${info.columns} colonne(s)`),
    schemaLine,
    ...(others.length ? [el("details", {}, el("summary", {}, "Autres schémas"), el("ul", {}, ...others))] : []),
    el("h3", {}, "En-têtes"),
    info.headers.length ? el("ol", { className: "headers" }, ...headers) : el("p", { className: "secondary" }, "Onglet vide."),
  );
}
