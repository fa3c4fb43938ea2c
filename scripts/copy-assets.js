// Copies what the build needs besides compiled TypeScript: the report templates.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/reports/templates`, { recursive: true, force: true });
cpSync(`${root}src/reports/templates`, `${root}dist/reports/templates`, { recursive: true });
