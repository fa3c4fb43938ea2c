// The package eco is installed from: its version is printed by --version and
// on every report, and its name is what `eco init` tells people to install.
import { createRequire } from 'node:module';

const manifest = createRequire(import.meta.url)('../../package.json') as { name: string; version: string };

export const PACKAGE_NAME = manifest.name;
export const VERSION = manifest.version;
