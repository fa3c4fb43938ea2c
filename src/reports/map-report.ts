// The baseline report in a chosen markup: the view model laid out by the map
// template; for Markdown, also the network picture as a separate SVG file.
import type { MapAnalysis } from '../analysis/map-analysis.js';
import { mapView, type ReportContext } from './map-view.js';
import { render, type Templates } from './render.js';

export interface RenderedReport {
  main: string;
  /** The network picture for a Markdown report, written beside it. */
  picture?: string;
}

export function renderMapReport(
  analysis: MapAnalysis,
  markup: 'md' | 'html',
  context: ReportContext,
  templates: { main: Templates; picture?: Templates },
): RenderedReport {
  const view = mapView(analysis.result, analysis.edges, context);
  const main = render(templates.main, view, markup);
  if (markup === 'md' && context.pictureFile && templates.picture) {
    return { main, picture: render(templates.picture, view, 'svg') };
  }
  return { main };
}
