/** What the header mapping tells people, in French. */
export const MAPPING_MESSAGES = {
  duplicateField: (header: string, field: string, kept: string) =>
    `La colonne « ${header} » correspond aussi au champ « ${field} », déjà associé à la colonne « ${kept} » : elle est laissée hors du schéma. Indiquez la bonne colonne si ce n'est pas celle-là.`,
  unknownField: (header: string, field: string, schemaTitle: string) =>
    `La colonne « ${header} » est associée au champ « ${field} », qui n'existe pas dans le schéma « ${schemaTitle} » : l'association est ignorée.`,
  unitMismatch: (header: string, field: string, unit: string, expected: string) =>
    `L'unité « ${unit} » de la colonne « ${header} » ne peut pas exprimer le champ « ${field} » (en ${expected}) : elle est ignorée.`,
} as const;
