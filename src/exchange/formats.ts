// The formats `eco export` writes; the writers are src/exchange/exporters.ts.
// Kept apart so the command line lists them without loading the writers.
export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'cytoscape', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
