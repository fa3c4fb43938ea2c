// A progress bar on stderr for work that takes longer than a second, shown
// only when stderr is a terminal (never in CI logs or redirected output).

export type ProgressReporter = (stage: string, done: number, total: number) => void;

export function progressBar(stream: NodeJS.WriteStream, now: () => number = Date.now): ProgressReporter {
  if (!stream.isTTY) return () => undefined;
  const started = now();
  let lastDrawn = 0;
  return (stage, done, total) => {
    const time = now();
    const finished = done >= total;
    if (time - started < 1000 || (!finished && time - lastDrawn < 100)) return;
    lastDrawn = time;
    const width = 30;
    const filled = Math.round((done / Math.max(1, total)) * width);
    stream.write(`\r${stage} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.floor((done / Math.max(1, total)) * 100)} %`);
    if (finished) stream.write('\n');
  };
}
