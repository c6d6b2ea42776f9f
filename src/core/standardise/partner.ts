import type { Field } from "../schema/field";

/**
 * The other end of a range field, by the schemas' naming: `date_debut` ↔ `date_fin`,
 * `heure_debut` ↔ `heure_fin`, `COUV_TEMP_DEBUT` ↔ `COUV_TEMP_FIN`.
 */
export function rangePartner(field: Field): { readonly name: string; readonly end: boolean } | undefined {
  const m = /^(.*_)(debut|fin)$/i.exec(field.name);
  if (!m) return undefined;
  const end = m[2].toLowerCase() === "fin";
  const word = end ? "debut" : "fin";
  return { name: m[1] + (m[2] === m[2].toUpperCase() ? word.toUpperCase() : word), end };
}
