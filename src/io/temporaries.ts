// Every temporary file and folder eco makes is registered here, so none is
// left behind on any way out: an error, process.exit, or SIGINT/SIGTERM/SIGHUP
// mid-write. While nothing is registered, signals keep their default action,
// so Ctrl-C stops a long computation at once.
import { rmSync } from 'node:fs';

const paths = new Set<string>();

const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function onSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  process.exit(SIGNAL_EXIT[signal] ?? 1);
}

function listen(on: boolean): void {
  for (const signal of Object.keys(SIGNAL_EXIT) as NodeJS.Signals[]) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
  if (on) process.on('exit', removeTemporaries);
  else process.off('exit', removeTemporaries);
}

/** Registers a temporary file or folder to be removed if eco stops before it is dealt with. */
export function trackTemporary(path: string): void {
  if (paths.size === 0) listen(true);
  paths.add(path);
}

/** The temporary was renamed into place or removed: nothing more to clean. */
export function untrackTemporary(path: string): void {
  if (!paths.delete(path)) return;
  if (paths.size === 0) listen(false);
}

/** Removes every registered temporary now (synchronously: safe in a signal or exit handler). */
function removeTemporaries(): void {
  for (const path of paths) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Best effort on the way out; nothing more can be done.
    }
  }
  paths.clear();
  listen(false);
}
