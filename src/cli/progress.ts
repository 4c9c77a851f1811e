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

/**
 * Items that must be done before an ETA is shown: the first ones pay for
 * warming up (lexicons, JIT, the first transaction), so a rate measured on them
 * promises minutes for a job of seconds.
 */
export const ETA_AFTER_ITEMS = 3;

/**
 * Time left, from the pace since the first item was done (the warm-up before it
 * is not the pace of the rest). Undefined until ETA_AFTER_ITEMS are done.
 */
export function estimateRemaining(
  done: number,
  total: number | undefined,
  firstDoneAtMs: number | undefined,
  nowMs: number,
): number | undefined {
  if (total === undefined || firstDoneAtMs === undefined || done < ETA_AFTER_ITEMS) return undefined;
  if (done >= total) return 0;
  const seconds = (nowMs - firstDoneAtMs) / 1000;
  if (seconds <= 0) return undefined;
  const pace = (done - 1) / seconds;
  return (total - done) / pace;
}

export function progressLine(
  p: { done: number; total: number | undefined; unit: string; elapsedSeconds: number; remainingSeconds: number | undefined; label?: string },
  tty: boolean,
): string {
  const { done, total, unit } = p;
  const count = total !== undefined ? `${done}/${total}` : `${done}`;
  const pct = total ? ` ${Math.floor((100 * done) / total)}%`.padStart(5) : '';
  let bar = '';
  if (tty && total) {
    const width = 24;
    const filled = Math.min(width, Math.round((width * done) / total));
    bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
  }
  const rate = p.elapsedSeconds > 0 && done > 0 ? `  ${(done / p.elapsedSeconds).toFixed(1)} ${unit}/s` : '';
  const eta = p.remainingSeconds !== undefined && done < (total ?? Infinity) ? `  ETA ${formatDuration(p.remainingSeconds)}` : '';
  const tail = p.label && tty ? `  ${p.label.length > 40 ? '…' + p.label.slice(-39) : p.label}` : '';
  return `${bar}${pct} ${count} ${unit}${rate}${eta}${tail}`.trim();
}

export function createProgress(stream: NodeJS.WriteStream | NodeJS.WritableStream, unit: string): ProgressReporter {
  const tty = 'isTTY' in stream && stream.isTTY === true;
  const started = performance.now();
  let firstDoneAt: number | undefined;
  let lastDraw = 0;
  let lastLine = '';
  let drawn = false;

  const line = (done: number, total: number | undefined, label?: string): string => {
    const now = performance.now();
    return progressLine(
      {
        done,
        total,
        unit,
        elapsedSeconds: (now - started) / 1000,
        remainingSeconds: estimateRemaining(done, total, firstDoneAt, now),
        ...(label !== undefined && { label }),
      },
      tty,
    );
  };

  return {
    update(done, total, label) {
      const now = performance.now();
      if (done > 0) firstDoneAt ??= now;
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

/** "1 document", "2 documents", "1 entity", "3 entities". */
export function plural(n: number, one: string, many = one.endsWith('y') && !/[aeiou]y$/.test(one) ? `${one.slice(0, -1)}ies` : `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
