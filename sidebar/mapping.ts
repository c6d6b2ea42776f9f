import type { TabState } from "../src/core/api";
import { button, el, option, replaceChildren } from "./dom";

const percent = (score: number) => `${Math.round(score * 100)} %`;

/** Schema choice and the header → field list, editable; `onSave` remembers them for the tab. */
export function renderMapping(
  target: Element,
  state: TabState,
  onSave: (schemaId: string, mapping: Record<string, string | null>, hoursPerDay: number | null) => void,
): void {
  const schemaSelect = el("select", { className: "schema-select" });
  if (state.schemaId === null) schemaSelect.appendChild(option("", "— choisir un schéma —", true));
  for (const s of state.schemas) schemaSelect.appendChild(option(s.id, s.title, s.id === state.schemaId));
  const best = state.sheet.guesses[0];
  const detected = best ? `Détecté : ${best.title} (${percent(best.score)})` : "Aucun schéma détecté";

  const selects: { header: string; select: HTMLSelectElement }[] = [];
  const rows = state.mapping.map((m) => {
    const select = el("select");
    select.appendChild(option("", "— hors schéma —", m.field === null));
    for (const f of state.fields) select.appendChild(option(f.name, f.required ? `${f.name} *` : f.name, f.name === m.field));
    selects.push({ header: m.header, select });
    const meta = [m.field ? percent(m.confidence) : "", m.unit ? `unité : ${m.unit}` : ""].filter(Boolean).join(" · ");
    return el("li", {}, el("div", { className: "header-name" }, m.header || "(sans en-tête)"), select, el("div", { className: "secondary small" }, meta));
  });

  const hours = el("input", { className: "hours", value: state.hoursPerDay === null ? "" : String(state.hoursPerDay) });
  hours.type = "number";
  hours.min = "1";
  hours.max = "24";
  hours.step = "0.5";
  const hoursValue = () => (hours.value === "" ? null : Number(hours.value));
  const hoursBlock = state.hasDurations
    ? [el("label", { className: "small" }, "Heures de marche par journée (pour « 1 jour », « ½ journée ») : ", hours)]
    : [];

  const save = button("Enregistrer pour cet onglet", "", () => {
    const mapping: Record<string, string | null> = {};
    for (const { header, select } of selects) mapping[header] = select.value === "" ? null : select.value;
    if (schemaSelect.value) onSave(schemaSelect.value, mapping, hoursValue());
  });
  // A new schema means new fields: save the schema alone, the mapping is detected again.
  schemaSelect.addEventListener("change", () => schemaSelect.value && onSave(schemaSelect.value, {}, hoursValue()));

  replaceChildren(
    target,
    el("h3", {}, "Schéma"),
    schemaSelect,
    el("p", { className: "secondary small" }, state.remembered ? `Choix enregistré pour cet onglet. ${detected}` : detected),
    el("h3", {}, "Correspondance des colonnes"),
    ...(state.problems.length ? [el("ul", { className: "warning small" }, ...state.problems.map((p) => el("li", {}, p)))] : []),
    ...(state.missingRequired.length
      ? [el("p", { className: "warning small" }, `Champs obligatoires sans colonne : ${state.missingRequired.join(", ")}`)]
      : []),
    el("ol", { className: "mapping" }, ...rows),
    ...hoursBlock,
    save,
  );
}
