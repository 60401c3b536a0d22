/**
 * User Timing measures, for the speed benchmark and the browser's performance panel. Each name
 * keeps only its latest measure, so that a long session does not collect one per keystroke.
 */
export const MEASURES = {
  index: 'bounce-explainer:index',
  search: 'bounce-explainer:search',
  lookup: 'bounce-explainer:lookup',
} as const;

export function measureSince(name: string, start: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}

export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  measureSince(name, start);
  return result;
}
