import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeOutput, writeOutputs } from '../../../src/io/write-output.js';

// The next random bytes the writer draws, when a test plants a name in advance.
const nextRandom = vi.hoisted(() => ({ bytes: undefined as Buffer | undefined }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  const randomBytes = (size: number): Buffer => {
    const planted = nextRandom.bytes;
    nextRandom.bytes = undefined;
    return planted ?? actual.randomBytes(size);
  };
  return { ...actual, randomBytes, default: { ...actual, randomBytes } };
});

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
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
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

describe('temporary files', () => {
  it('are made under a random name, and a name planted in advance is passed over, never followed', async () => {
    const dir = temp();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    const planted = Buffer.from('0123456789abcdef', 'hex');
    symlinkSync(victim, path.join(dir, `.report.md.${planted.toString('hex')}.tmp`));
    nextRandom.bytes = planted;
    await writeOutput(path.join(dir, 'report.md'), 'report\n', []);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8')).toBe('report\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([`.report.md.${planted.toString('hex')}.tmp`]);
  });

  it('refuses two outputs of one run that are the same file', async () => {
    const dir = temp();
    await expect(
      writeOutputs(
        [
          { path: path.join(dir, 'a.svg'), content: 'one', role: 'the picture' },
          { path: path.join(dir, '.', 'a.svg'), content: 'two', role: 'the report' },
        ],
        [],
      ),
    ).rejects.toThrow(/would write .*a\.svg twice \(the picture and the report\)/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
