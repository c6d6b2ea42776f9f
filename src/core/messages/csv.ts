/** What reading a CSV file tells people, in French. Rows and columns as a spreadsheet shows them. */
export const CSV_MESSAGES = {
  emptyFile: () => "Le fichier est vide : il ne contient aucune ligne d'en-tête.",
  binary: () =>
    "Ce fichier n'est pas un fichier texte (il contient des octets nuls) : c'est sans doute un classeur .xlsx, un PDF ou une image. Enregistrez le tableau au format CSV.",
  noDelimiter: () =>
    "La ligne d'en-tête ne contient aucun séparateur (virgule, point-virgule ou tabulation) : ce fichier ne ressemble pas à un tableau CSV.",
  duplicateHeader: (header: string, column: string, first: string) =>
    `L'en-tête « ${header} » de la colonne ${column} est déjà celui de la colonne ${first} : chaque colonne doit avoir un nom différent.`,
  emptyHeader: (column: string) => `La colonne ${column} n'a pas de nom dans la ligne d'en-tête.`,
  unclosedQuote: (row: number) =>
    `Un guillemet ouvert à la ligne ${row} n'est jamais refermé : la suite du fichier serait lue comme une seule cellule.`,
  invalidQuote: (row: number, column: string) =>
    `Ligne ${row}, colonne ${column} : du texte suit le guillemet fermant d'une cellule ; il est gardé tel quel, vérifiez la cellule.`,
} as const;
