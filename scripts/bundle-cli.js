// Bundles the command line's entry (src/cli.ts) with what it imports at the top
// (commander, the format lists, the error words) into dist/cli.js, over what
// tsc wrote there: Node.js then reads one file instead of some twenty before it
// can print --help, and `eco --help` starts within 1.2× a bare `node -e 0`
// (bench/startup.mjs). The commands stay modules of dist/, imported when run,
// as they find their templates, assets and worker threads beside them; so do
// the error classes, which cli.ts tells apart with instanceof: there must be
// one copy of each, the commands'.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const SHARED = new Set(['diagnostics/errors.js']);

/** Leaves the commands (imported when run) and the shared modules as imports of dist/ modules, as tsc wrote them. */
const keepDistModules = {
  name: 'keep-dist-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.resolveDir.startsWith(src)) return undefined;
      // The module's place in dist/, where tsc wrote it: from dist/cli.js, the same path as from src/cli.ts.
      const module = path.relative(src, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      if (args.kind === 'dynamic-import' || SHARED.has(module)) return { path: `./${module}`, external: true };
      return undefined;
    });
  },
};

/**
 * package-info.ts reads package.json by its own place, through require: in the
 * bundle its name and version are written in when built (as dist/ is, by
 * `npm run build` and `npm pack`), which spares loading require for one file.
 */
const packageInfo = {
  name: 'package-info',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]commands[\\/]package-info\.ts$/ }, () => {
      const { name, version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
      return { contents: `export const PACKAGE_NAME = ${JSON.stringify(name)};\nexport const VERSION = ${JSON.stringify(version)};\n`, loader: 'js' };
    });
  },
};

/** commander loads node:child_process (and with it net, dgram, streams) for executable subcommands, which eco has none of. */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`bundle-cli: ${args.path} no longer holds ${eager}`);
      const lazy = "const childProcess = { spawn: (...spawn) => require('node:child_process').spawn(...spawn) };";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
  },
};

await build({
  entryPoints: [path.join(src, 'cli.ts')],
  outfile: path.join(root, 'dist', 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // commander is CommonJS and requires only Node's own modules; loading node:module for a createRequire costs more than they do.
  banner: { js: 'const require = (id) => process.getBuiltinModule(id);' },
  plugins: [keepDistModules, packageInfo, lazyChildProcess],
  legalComments: 'none',
  charset: 'utf8',
  allowOverwrite: true,
  logLevel: 'warning',
});
