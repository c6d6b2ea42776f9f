/** What the add-on says in Sheets: menu, sidebar title, alerts, toasts, notes, report tabs. */
export const UI = {
  addonName: "Mise en qualité",
  menu: {
    openSidebar: "Ouvrir le panneau",
    standardise: "Standardiser l'onglet",
    validate: "Valider l'onglet",
    clearMarks: "Effacer les marques",
    undo: "Annuler la dernière opération",
    template: "Nouvel onglet modèle…",
  },
  badArgument: (what: string) => `Paramètre invalide (${what}) : rechargez le panneau.`,
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

export const TEMPLATE_TAB = {
  defaultName: (schemaTitle: string) => `Modèle – ${schemaTitle}`,
  unit: (unit: string) => `Unité : ${unit}.`,
  allowed: (values: readonly string[]) => `Valeurs autorisées : ${values.join(", ")}.`,
  example: (example: string) => `Exemple : ${example}`,
  created: (name: string) => `Onglet « ${name} » créé : en-têtes, notes d'aide, listes déroulantes et formats sont en place.`,
  required: "Obligatoire.",
  optional: "Facultatif.",
} as const;

const RULE_LABELS: Readonly<Record<string, string>> = {
  trim: "Espaces superflus",
  case: "Majuscules et valeurs de liste",
  decimal: "Virgule décimale",
  number: "Nombres",
  units: "Unités (mètres)",
  duration: "Durées (heures)",
  date: "Dates (aaaa-mm-jj)",
  time: "Heures (hh:mm:ss)",
  "date-range": "Périodes (début et fin)",
  "time-range": "Plages horaires (début et fin)",
  code: "Codes (zéros en tête)",
  list: "Listes (un seul séparateur)",
  url: "Adresses web",
  email: "Courriels",
  boolean: "Oui / non",
  wkt: "Géométries WKT",
  phone: "Téléphones",
};

export const STANDARDISE_UI = {
  noSchema: "Aucun schéma ne correspond à cet onglet : choisissez-en un dans le panneau (Extensions → Mise en qualité → Ouvrir le panneau).",
  ruleLabel: (rule: string) => RULE_LABELS[rule] ?? rule,
  dateCell: (date: string) => `${date} (cellule de type date)`,
  done: (changed: number, review: number, formulas: number) =>
    `${changed} cellule(s) standardisée(s)` +
    (review ? `, ${review} valeur(s) à vérifier` : "") +
    (formulas ? `, ${formulas} cellule(s) à formule laissée(s) intactes` : "") +
    ". « Annuler la dernière opération » remet tout comme avant.",
  partial: (done: number, total: number) =>
    `Standardisation interrompue avant la limite de 6 minutes d'Apps Script : ${done} / ${total} lignes faites. Relancez « Standardiser » pour continuer là où elle s'est arrêtée.`,
} as const;

export const UNDO_UI = {
  nothing: "Aucune opération à annuler sur cet onglet.",
  marks: (n: number) => `Marques retirées de ${n} cellule(s) : couleurs et notes d'origine rétablies.`,
  standardise: (restored: number, editedCount: number, edited: readonly string[]) =>
    `${restored} cellule(s) remise(s) comme avant la standardisation.` +
    (editedCount
      ? ` ${editedCount} cellule(s) modifiée(s) depuis ont été laissées telles quelles : ${edited.join(", ")}${editedCount > edited.length ? "…" : ""}.`
      : ""),
  partial: (done: number, total: number) =>
    `Annulation interrompue avant la limite de 6 minutes d'Apps Script : ${done} / ${total} lignes remises. Relancez « Annuler la dernière opération » pour continuer.`,
} as const;

export const MARKS_UI = {
  cleared: (n: number, kept: number) =>
    `Marques retirées de ${n} cellule(s).` + (kept ? ` ${kept} cellule(s) recolorée(s) ou annotée(s) depuis gardent leur nouvelle mise en forme.` : ""),
  none: "Aucune marque de validation sur cet onglet.",
} as const;

export const VALIDATE_UI = {
  row: (row: number) => `ligne ${row}`,
  valid: (warnings: number) => `Onglet valide${warnings ? ` (${warnings} avertissement(s))` : ""}.`,
  invalid: (errors: number, warnings: number, marked: number) =>
    `${errors} erreur(s), ${warnings} avertissement(s) ; ${marked} cellule(s) marquée(s) dans l'onglet.`,
} as const;

export const OPERATION_LABELS = { standardise: "standardisation", marks: "marques de validation" } as const;
