// The formats every report comes in; the reporters for them are src/reports/registry.ts.
// Kept apart so the command line lists them without loading the reporters.
export const REPORT_FORMATS = ['text', 'json', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
