import type { PlanPreview } from "../src/core/api";
import { el, replaceChildren } from "./dom";

/** The plan of changes grouped by rule, with before → after examples and the values left for review. */
export function renderPlan(target: Element, plan: PlanPreview, onSelect: (row: number, column: number) => void): void {
  const groups = plan.groups.map((g) =>
    el(
      "details",
      {},
      el("summary", {}, `${g.label} : ${g.count}`),
      el(
        "ul",
        { className: "examples" },
        ...g.examples.map((e) => el("li", {}, el("span", { className: "cell" }, e.cell), " ", el("span", { className: "before" }, e.before), " → ", el("span", { className: "after" }, e.after), ...(e.review ? [" ", el("span", { className: "warning small" }, "(à vérifier)")] : []))),
      ),
    ),
  );
  const review = plan.review.map((r) => {
    const link = el("a", { className: "cell", title: "Aller à la cellule" }, r.cell);
    link.addEventListener("click", () => onSelect(r.row, r.column));
    return el("li", {}, link, " ", el("span", { className: "before" }, r.value), el("div", { className: "secondary small" }, r.message));
  });
  replaceChildren(
    target,
    el("p", {}, plan.changeCount === 0 ? "Rien à changer : l'onglet suit déjà les règles." : `${plan.changeCount} changement(s) proposé(s) :`),
    ...groups,
    ...(plan.formulaCells ? [el("p", { className: "secondary small" }, `${plan.formulaCells} cellule(s) contenant une formule ne seront pas modifiées.`)] : []),
    ...(plan.reviewCount
      ? [el("h4", {}, `À vérifier par une personne : ${plan.reviewCount}`), el("ul", { className: "review" }, ...review), ...(plan.reviewCount > plan.review.length ? [el("p", { className: "secondary small" }, `… et ${plan.reviewCount - plan.review.length} autre(s).`)] : [])]
      : []),
  );
}
