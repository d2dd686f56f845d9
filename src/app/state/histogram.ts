/** Event density over time for the slider's histogram. */

export interface Bin { start: number; end: number; count: number }

/**
 * Counts days into at most `maxBins` equal bins spanning [first, last].
 * Example: `histogram([0, 0, 9], 0, 9, 2)` → `[{start: 0, end: 4, count: 2}, {start: 5, end: 9, count: 1}]`.
 */
export function histogram(days: readonly number[], first: number, last: number, maxBins: number): Bin[] {
  const span = last - first + 1;
  const width = Math.max(1, Math.ceil(span / maxBins));
  const n = Math.ceil(span / width);
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({ start: first + i * width, end: Math.min(last, first + (i + 1) * width - 1), count: 0 }));
  for (const d of days) {
    if (d < first || d > last) continue;
    bins[Math.floor((d - first) / width)]!.count++;
  }
  return bins;
}
