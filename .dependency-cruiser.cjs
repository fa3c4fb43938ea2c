// The project's layering, checked by `npm run lint` (dependency-cruiser).
// Dependencies point one way:
//   io (files, raw rows) ← model (types, checks) ← analysis (figures) ← reports (views, templates)
//   exchange (export formats) uses model and analysis, never reports;
//   pipeline (the steps of a command) uses io, model, analysis;
//   commands use everything below them; only cli imports a command;
//   explorer (the HTML report's script, bundled for the browser) stands apart.
// diagnostics (problems as data) may be used by all, and uses none of them.
const layer = (name) => `^src/${name}/`;
const forbid = (name, from, to, comment) => ({ name, severity: 'error', comment, from: { path: layer(from) }, to: { path: to.map(layer) } });

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'A cycle makes the layers meaningless.', from: {}, to: { circular: true } },
    forbid('diagnostics-alone', 'diagnostics', ['io', 'model', 'analysis', 'reports', 'exchange', 'pipeline', 'commands'], 'Diagnostics are used by every layer and use none.'),
    forbid('io-raw', 'io', ['model', 'analysis', 'reports', 'exchange', 'pipeline', 'commands'], 'io reads and writes; the model types what it reads.'),
    forbid('model-pure', 'model', ['io', 'analysis', 'reports', 'exchange', 'pipeline', 'commands'], 'The model knows no files, figures or reports.'),
    forbid('analysis-pure', 'analysis', ['io', 'reports', 'exchange', 'pipeline', 'commands'], 'Figures know no files or reports.'),
    forbid('reports-pure', 'reports', ['io', 'exchange', 'pipeline', 'commands'], 'A reporter is (document, options) → string: no disk, no clock.'),
    forbid('exchange-no-reports', 'exchange', ['io', 'reports', 'pipeline', 'commands'], 'Exports are data, not reports.'),
    forbid('pipeline-no-commands', 'pipeline', ['reports', 'exchange', 'commands'], 'Pipeline steps compute; commands render and write.'),
    {
      name: 'explorer-in-the-page',
      severity: 'error',
      comment: 'The explorer runs in the report page: it takes the data contract and the number format, nothing that needs Node.js.',
      from: { path: '^src/explorer/' },
      to: { path: '^src/', pathNot: '^src/(explorer/|reports/format\\.ts$|reports/explorer-view\\.ts$)' },
    },
    { name: 'only-cli-imports-commands', severity: 'error', from: { path: '^src/', pathNot: '^src/(cli\\.ts|commands/)' }, to: { path: layer('commands') } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    exclude: { path: ['^dist/', '^node_modules/'] },
  },
};
