/** A JSON value per tab in the document's properties (shared by everyone who edits the file). */
export interface TabStore<T> {
  read(sheetId: number): T | undefined;
  save(sheetId: number, value: T): void;
  clear(sheetId: number): void;
}

export function tabStore<T>(prefix: string): TabStore<T> {
  const key = (sheetId: number) => `${prefix}.${sheetId}`;
  return {
    read(sheetId) {
      const json = PropertiesService.getDocumentProperties().getProperty(key(sheetId));
      return json ? (JSON.parse(json) as T) : undefined;
    },
    save(sheetId, value) {
      PropertiesService.getDocumentProperties().setProperty(key(sheetId), JSON.stringify(value));
    },
    clear(sheetId) {
      PropertiesService.getDocumentProperties().deleteProperty(key(sheetId));
    },
  };
}
