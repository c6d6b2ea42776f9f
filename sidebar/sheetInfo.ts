import type { SheetInfo } from "../src/core/api";
import { el, replaceChildren } from "./dom";

const percent = (score: number) => `${Math.round(score * 100)} %`;

/** The active tab: name, size, and the schema its headers look like (headers are listed in the mapping). */
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
    : el("p", { className: "schema warning" }, info.headers.length ? "Aucun schéma connu ne ressemble à cet onglet." : "Onglet vide.");
  replaceChildren(
    target,
    el("h2", {}, info.name),
    el("p", { className: "secondary" }, `${info.dataRows} ligne(s) de données, ${info.columns} colonne(s)`),
    schemaLine,
  );
}
