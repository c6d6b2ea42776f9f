/** Times a function and samples the heap while it runs: rows per second and peak memory. */
export interface Measure {
  readonly label: string;
  readonly rows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly peakHeapMiB: number;
  readonly peakRssMiB: number;
}

declare const gc: undefined | (() => void);

export function measure(label: string, rows: number, run: () => unknown): Measure {
  if (typeof gc === "function") gc();
  let peakHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  // No event loop turn happens inside `run`: sample the heap from a hook the benchmark calls.
  const sample = () => {
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.rss > peakRss) peakRss = m.rss;
  };
  (globalThis as { __benchSample?: () => void }).__benchSample = sample;
  const start = process.hrtime.bigint();
  run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  sample();
  const result: Measure = {
    label,
    rows,
    seconds,
    rowsPerSecond: Math.round(rows / seconds),
    peakHeapMiB: Math.round(peakHeap / 2 ** 20),
    peakRssMiB: Math.round(peakRss / 2 ** 20),
  };
  console.log(
    `${label}: ${rows} rows in ${seconds.toFixed(2)} s = ${result.rowsPerSecond} rows/s; peak heap ${result.peakHeapMiB} MiB, peak RSS ${result.peakRssMiB} MiB`,
  );
  return result;
}
