/**
 * A one-line progress bar on stderr, redrawn in place with \r. Redraws at most every 100 ms,
 * so tens of thousands of updates cost nothing; off a terminal (CI logs) it prints one line per
 * finished stage instead of a wall of carriage returns.
 */
export class ProgressBar {
  private lastDraw = 0;
  private stage = '';

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly width = 30,
  ) {}

  update(stage: string, done: number, total: number): void {
    if (stage !== this.stage && this.stage !== '') this.finishLine();
    this.stage = stage;
    const now = Date.now();
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    if (!this.stream.isTTY) {
      if (done >= total) this.stream.write(`${stage}: ${done}/${total}\n`);
      return;
    }
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * this.width);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${stage} ${done}/${total}\x1b[K`);
  }

  /** Ends the current line so what follows starts on a fresh one. */
  finishLine(): void {
    if (this.stream.isTTY && this.stage !== '') this.stream.write('\n');
    this.stage = '';
  }
}
