/** Field name → headers people type for it (as typed: the matcher normalises them). */
export type Synonyms = Readonly<Record<string, readonly string[]>>;
