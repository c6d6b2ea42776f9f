/** What the command line tells people, in French. */
export const CLI_MESSAGES = {
  help: {
    optionHelp: "Affiche cette aide",
    general: (commands: readonly { name: string; summary: string }[]) => {
      const width = Math.max(...commands.map((c) => c.name.length));
      return [
        "mise-en-qualite : mise en qualité des tableaux de données ouvertes (randonnées, agendas, catalogue)",
        "",
        "Utilisation : mise-en-qualite <commande> [options]",
        "",
        "Commandes :",
        ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        "",
        "« mise-en-qualite <commande> --help » détaille une commande.",
        "",
      ].join("\n");
    },
    command: (usage: string, description: string, options: readonly string[], notes: readonly string[]) =>
      [`Utilisation : mise-en-qualite ${usage}`, "", description, "", "Options :", ...options, "", ...notes, ""].join("\n"),
  },
  usage: {
    noCommand: "Indiquez une commande. « mise-en-qualite --help » les liste.",
    unknownCommand: (name: string, known: readonly string[]) =>
      `Commande inconnue : « ${name} ». Commandes disponibles : ${known.join(", ")}.`,
    unknownOption: (option: string) => `Option inconnue : « ${option} ». « --help » liste les options de la commande.`,
    repeatedOption: (name: string) => `L'option --${name} est donnée deux fois.`,
    flagWithValue: (name: string) => `L'option --${name} ne prend pas de valeur.`,
    missingValue: (name: string, placeholder: string) => `L'option --${name} attend une valeur : --${name} <${placeholder}>.`,
    missingInput: "Indiquez le fichier CSV à traiter.",
    tooManyInputs: (extra: readonly string[]) => `Un seul fichier à la fois : « ${extra.join(" ")} » est en trop.`,
    missingSchema: "Indiquez le schéma avec --schema : randonnee, evenements, catalogue, ou le chemin d'un fichier de schéma JSON.",
    unknownSchema: (name: string, known: readonly string[]) =>
      `Schéma inconnu : « ${name} ». Schémas disponibles : ${known.join(", ")}, ou le chemin d'un fichier de schéma .json.`,
    badHoursPerDay: (value: string) => `--hours-per-day attend un nombre d'heures entre 1 et 24 (par exemple 6), pas « ${value} ».`,
    seeHelp: "« mise-en-qualite --help » pour l'aide.",
  },
  input: {
    notFound: (path: string) => `Fichier introuvable : ${path}`,
    isDirectory: (path: string) => `${path} est un dossier, pas un fichier.`,
    notAllowed: (path: string) => `Lecture de ${path} refusée : vérifiez ses droits.`,
    unreadable: (path: string, reason: string) => `Impossible de lire ${path} : ${reason}`,
    notWritable: (path: string, reason: string) => `Impossible d'écrire ${path} : ${reason}`,
    inFile: (path: string, message: string) => `${path} : ${message}`,
    badSchemaJson: (path: string, reason: string) => `Le schéma ${path} n'est pas un JSON valide : ${reason}`,
    badSchema: (path: string, reason: string) => `Le schéma ${path} ne peut pas être lu : ${reason}`,
    badMappingJson: (path: string, reason: string) => `Le fichier de correspondances ${path} n'est pas un JSON valide : ${reason}`,
    badMappingShape: (path: string) =>
      `Le fichier de correspondances ${path} doit être un objet JSON { "en-tête du fichier": "nom du champ" ou null }.`,
    noColumnMapped: (schemaTitle: string) =>
      `Aucune colonne du fichier ne correspond au schéma « ${schemaTitle} » : vérifiez --schema, ou indiquez les correspondances avec --mapping.`,
  },
  report: {
    warning: (message: string) => `Attention : ${message}`,
    unmapped: (headers: readonly string[]) => `Colonnes hors schéma, gardées telles quelles à la fin : ${headers.join(", ")}.`,
    missingRequired: (fields: readonly string[]) => `Champs obligatoires absents du fichier : ${fields.join(", ")}.`,
    review: (row: number, field: string, value: string, message: string) => `À vérifier, ligne ${row}, ${field} : « ${value} ». ${message}`,
    summary: (changes: number, review: number) =>
      `${changes} modification${changes > 1 ? "s" : ""}, ${review} valeur${review > 1 ? "s" : ""} à vérifier.`,
    written: (path: string) => `Fichier écrit : ${path}`,
  },
  internal: (message: string) => `Erreur inattendue : ${message}. Signalez-la avec la commande lancée et le fichier.`,
  standardise: {
    summary: "Nettoie un fichier CSV selon un schéma : nombres, unités, durées, dates, listes, adresses...",
    usage: "standardise <entrée.csv> --schema <schéma> [options]",
    description: [
      "Lit un fichier CSV, associe ses colonnes aux champs du schéma, nettoie chaque valeur selon les règles",
      "du schéma et écrit le tableau obtenu : colonnes du schéma renommées et dans son ordre, puis les autres",
      "colonnes telles quelles. Les valeurs ambiguës sont laissées telles quelles et signalées.",
    ].join("\n"),
    options: {
      schema: "randonnee, evenements, catalogue, ou le chemin d'un schéma JSON (obligatoire)",
      out: "Fichier CSV à écrire (par défaut, la sortie standard)",
      changes: "Fichier JSON des modifications : ligne, colonne, champ, avant, après, règle",
      mapping: "Correspondances imposées, en JSON : { \"en-tête\": \"champ\" ou null }",
      hoursPerDay: "Heures de marche par jour, pour convertir « 1 jour » ou « ½ journée »",
    },
    notes: [
      "Entrée : UTF-8 (avec ou sans BOM) ou Windows-1252, séparée par des virgules, des points-virgules ou des",
      "tabulations. Sortie : UTF-8, virgules, guillemets selon la RFC 4180, fins de ligne CRLF. Les lignes sont",
      "numérotées comme dans le fichier : l'en-tête est la ligne 1.",
      "",
      "Exemple :",
      "  mise-en-qualite standardise randonnees-3de.csv --schema randonnee --out propre.csv --changes modifs.json",
    ],
  },
} as const;
