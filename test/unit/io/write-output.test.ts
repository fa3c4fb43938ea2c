import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput } from '../../../src/io/write-output.js';

const temp = (): string => mkdtempSync(path.join(tmpdir(), 'eco-write-'));

describe('writeOutput', () => {
  it('creates missing folders and leaves no temporary file', async () => {
    const dir = temp();
    const target = path.join(dir, 'a', 'b', 'report.md');
    await writeOutput(target, 'hello\n', []);
    expect(readFileSync(target, 'utf8')).toBe('hello\n');
    expect(readdirSync(path.dirname(target))).toEqual(['report.md']);
  });

  it('replaces an existing file whole', async () => {
    const dir = temp();
    const target = path.join(dir, 'report.md');
    writeFileSync(target, 'old\n');
    await writeOutput(target, 'new\n', []);
    expect(readFileSync(target, 'utf8')).toBe('new\n');
  });

  it('writes into a pipe instead of replacing it', async () => {
    const dir = temp();
    const fifo = path.join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const done = new Promise((resolve) => reader.on('close', resolve));
    await writeOutput(fifo, 'through the pipe\n', []);
    await done;
    expect(received).toBe('through the pipe\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});
