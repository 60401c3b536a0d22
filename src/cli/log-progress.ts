/**
 * A progress bar on stderr for long runs: drawn only on a terminal, only once a run has taken
 * over a second (a short run would only flicker), redrawn at most ten times a second.
 */
export class Progress {
  private done = 0;
  private drawn = false;
  private lastDraw = 0;
  private readonly start: number;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number,
    private readonly enabled: boolean,
    private readonly total: number | null,
  ) {
    this.start = now();
  }

  advance(bytes: number): void {
    this.done += bytes;
    if (!this.enabled) return;
    const time = this.now();
    if (time - this.start < 1000 || time - this.lastDraw < 100) return;
    this.lastDraw = time;
    this.drawn = true;
    this.write(`\r${bar(this.done, this.total)}\x1b[K`);
  }

  finish(): void {
    if (this.drawn) this.write('\r\x1b[K');
  }
}

const WIDTH = 30;

export function bar(done: number, total: number | null): string {
  if (total === null || total <= 0) return `${bytes(done)}`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  const percent = String(Math.floor(share * 100)).padStart(3);
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${percent}%  ${bytes(done)} / ${bytes(total)}`;
}

function bytes(count: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = count;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
