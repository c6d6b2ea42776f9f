/** The part of the client-side Apps Script API (google.script.run) the sidebar uses. */
interface GoogleScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): GoogleScriptRunner;
  withFailureHandler(handler: (error: Error) => void): GoogleScriptRunner;
  [serverFunction: string]: unknown;
}

interface Window {
  google?: { script: { run: GoogleScriptRunner; host: { close(): void } } };
}
