import type { ServerApi } from "../src/core/api";

type Fn = (...args: never[]) => unknown;

/**
 * Calls a server function through google.script.run as a promise. Typed by ServerApi, so a
 * misspelt function or a wrong argument is a compile error rather than a silent failure.
 */
export function callServer<K extends keyof ServerApi>(
  name: K,
  ...args: ServerApi[K] extends Fn ? Parameters<ServerApi[K]> : never
): Promise<ServerApi[K] extends Fn ? ReturnType<ServerApi[K]> : never> {
  return new Promise((resolve, reject) => {
    const google = window.google;
    if (!google) {
      reject(new Error("Le panneau doit être ouvert depuis Google Sheets (google.script.run est absent)."));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as never))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[name] as unknown as (...a: unknown[]) => void;
    fn.apply(runner, args);
  });
}
