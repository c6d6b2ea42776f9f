/** Rows read, planned and written per batch: service calls stay constant up to this size. */
export const CHUNK_ROWS = 20000;
/** Apps Script stops an execution at 6 minutes: no new chunk starts after this much time. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;

/**
 * Runs `step` on chunks while `more` says some remain and the next one should end within the
 * budget (the slowest chunk so far is the estimate), saving the cursor after each chunk so that
 * the next execution resumes there.
 */
export function inChunks<J>(
  job: J,
  started: number,
  now: () => number,
  more: (job: J) => boolean,
  step: (job: J) => J,
  save: (job: J) => void,
): J {
  let current = job;
  let slowest = 0;
  while (more(current) && now() - started + slowest < TIME_BUDGET_MS) {
    const chunkStart = now();
    current = step(current);
    save(current);
    slowest = Math.max(slowest, now() - chunkStart);
  }
  return current;
}

/** Data rows done and in all (header excluded), from a cursor on sheet rows. */
export function rowProgress(nextRow: number, lastRow: number): { processedRows: number; totalRows: number } {
  const totalRows = Math.max(0, lastRow - 1);
  return { processedRows: Math.min(totalRows, Math.max(0, nextRow - 2)), totalRows };
}
