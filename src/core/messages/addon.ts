/** What the add-on says in Sheets: menu, sidebar title, alerts, toasts, notes, report tabs. */
export const UI = {
  addonName: "Mise en qualité",
  menu: {
    openSidebar: "Ouvrir le panneau",
  },
  sidebarTitle: "Mise en qualité",
  busy: "Une autre personne est en train de modifier cet onglet avec Mise en qualité. Rien n'a été écrit : réessayez dans un instant.",
} as const;

export const MARKS = {
  notePrefix: "⚠ Mise en qualité :",
} as const;

export const REPORT_TAB = {
  namePrefix: "Rapport – ",
  title: "Rapport de validation de l'onglet",
  summary: (schema: string, when: string, errors: number, warnings: number) =>
    `Schéma : ${schema} — validé le ${when} — ${errors} erreur(s), ${warnings} avertissement(s)`,
  countsHeader: ["Code", "Nature du problème", "Nombre"],
  linesHeader: ["Niveau", "Code", "Nature du problème", "Ligne", "Colonne", "Valeur", "Message", "Cellule"],
  unlisted: (n: number) => `${n} autre(s) problème(s) non listé(s) ici : ils sont tous marqués dans l'onglet.`,
} as const;

export const UNIT_WORDS: Readonly<Record<string, string>> = { m: "mètres", km: "kilomètres", h: "heures", min: "minutes", day: "jours" };

export const TEMPLATE_TAB = {
  defaultName: (schemaTitle: string) => `Modèle – ${schemaTitle}`,
  unit: (unit: string) => `Unité : ${unit}.`,
  allowed: (values: readonly string[]) => `Valeurs autorisées : ${values.join(", ")}.`,
  example: (example: string) => `Exemple : ${example}`,
  required: "Obligatoire.",
  optional: "Facultatif.",
} as const;
