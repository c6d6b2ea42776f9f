import type { Unit } from "../schema/field";

/** Units in words, for every message that names one. */
export const UNIT_NAMES: Readonly<Record<Unit, string>> = { m: "mètres", km: "kilomètres", h: "heures", min: "minutes", day: "jours" };
