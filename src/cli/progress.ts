/**
 * Progress for long work: a redrawn bar with rate and ETA on a terminal,
 * plain log lines at most every few seconds otherwise (CI logs, pipes).
 */
export interface ProgressReporter {
  update(done: number, total: number | undefined, label?: string): void;
  /** Prints a line above the bar without garbling it. */
  log(line: string): void;
  finish(): void;
}

export function createProgress(stream: NodeJS.WriteStream | NodeJS.WritableStream, unit: string): ProgressReporter {
  const tty = 'isTTY' in stream && stream.isTTY === true;
  const started = performance.now();
  let lastDraw = 0;
  let lastLine = '';
  let drawn = false;

  const line = (done: number, total: number | undefined, label?: string): string => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = total !== undefined && rate > 0 ? formatDuration((total - done) / rate) : '?';
    const count = total !== undefined ? `${done}/${total}` : `${done}`;
    const pct = total ? ` ${Math.floor((100 * done) / total)}%`.padStart(5) : '';
    let bar = '';
    if (tty && total) {
      const width = 24;
      const filled = Math.round((width * done) / total);
      bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
    }
    const tail = label && tty ? `  ${label.length > 40 ? '…' + label.slice(-39) : label}` : '';
    return `${bar}${pct} ${count} ${unit}  ${rate.toFixed(1)} ${unit}/s  ETA ${eta}${tail}`.trim();
  };

  return {
    update(done, total, label) {
      const now = performance.now();
      const complete = total !== undefined && done >= total;
      if (tty) {
        if (now - lastDraw < 80 && !complete) return;
        lastDraw = now;
        lastLine = line(done, total, label);
        stream.write(`\r\x1b[2K${lastLine}`);
        drawn = true;
      } else if (now - lastDraw >= 5000 || complete) {
        lastDraw = now;
        stream.write(`${line(done, total)}\n`);
      }
    },
    log(text) {
      if (tty && drawn) stream.write(`\r\x1b[2K${text}\n${lastLine}`);
      else stream.write(`${text}\n`);
    },
    finish() {
      if (tty && drawn) stream.write('\r\x1b[2K');
    },
  };
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  if (m < 60) return `${m}m${String(s).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
