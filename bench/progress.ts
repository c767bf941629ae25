/**
 * A one-line progress bar on stderr, shown only on a terminal and only once a job has run for a
 * second (short jobs stay quiet; piped output stays clean). `fraction` may be an estimate: the
 * label says so.
 */
export function startProgress(label: string, fraction: () => number | null): () => void {
  const stream = process.stderr;
  if (!stream.isTTY) return () => {};
  const started = performance.now();
  let drawn = false;
  const draw = () => {
    const elapsed = (performance.now() - started) / 1000;
    if (elapsed < 1) return;
    const f = fraction();
    const width = 24;
    const bar =
      f === null
        ? ''
        : `▕${'█'.repeat(Math.round(Math.min(1, f) * width)).padEnd(width, '░')}▏ ${Math.round(Math.min(1, f) * 100)}% `;
    stream.write(`\r${label} ${bar}${elapsed.toFixed(0)} s\x1b[K`);
    drawn = true;
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (drawn) stream.write('\r\x1b[K');
  };
}
