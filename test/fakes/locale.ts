// What differs between the spreadsheet locales the fakes know: fr_FR (and any `fr*`) and the
// English default (en_US: month first, decimal point).

export interface LocaleRules {
  decimal: string;
  /** Thousands separators Sheets accepts when parsing typed numbers. */
  groups: string[];
  /** Order of day and month in a typed `n/n/yyyy` date. */
  dayFirst: boolean;
  trueWords: string[];
  falseWords: string[];
  trueText: string;
  falseText: string;
  /** Number formats Sheets gives a Date written by a script. */
  dateFormat: string;
  dateTimeFormat: string;
  defaultSheetName: string;
}

const FRENCH: LocaleRules = {
  decimal: ",",
  groups: [" ", "\u00a0", "\u202f"],
  dayFirst: true,
  trueWords: ["VRAI", "TRUE"],
  falseWords: ["FAUX", "FALSE"],
  trueText: "VRAI",
  falseText: "FAUX",
  dateFormat: "dd/MM/yyyy",
  dateTimeFormat: "dd/MM/yyyy HH:mm:ss",
  defaultSheetName: "Feuille ",
};

const ENGLISH: LocaleRules = {
  decimal: ".",
  groups: [","],
  dayFirst: false,
  trueWords: ["TRUE"],
  falseWords: ["FALSE"],
  trueText: "TRUE",
  falseText: "FALSE",
  dateFormat: "M/d/yyyy",
  dateTimeFormat: "M/d/yyyy H:mm:ss",
  defaultSheetName: "Sheet",
};

export function localeRules(locale: string): LocaleRules {
  return locale.startsWith("fr") ? FRENCH : ENGLISH;
}
