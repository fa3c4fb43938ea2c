// Runs the built eco binary as a user would, without colour, and captures everything.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ECO = `${ROOT}bin/eco.js`;

export interface EcoRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs with only PATH and NO_COLOR of this process's environment: no LANG or LC_*, so eco speaks English unless told otherwise. */
export function runEco(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): EcoRun {
  const result = spawnSync(process.execPath, [ECO, ...args], {
    cwd: options.cwd ?? ROOT,
    ...(options.timeout !== undefined && { timeout: options.timeout }),
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace line, which a user must never see for bad input. */
export const STACK_LINE = /^\s+at .+[(:]\d+/m;
