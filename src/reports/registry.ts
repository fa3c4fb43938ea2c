// The formats of each document eco writes, and the reporter that makes each:
// (document, context) → text, plus the pictures a Markdown report puts beside
// itself. The keys are the formats a command accepts (commander's choices come
// from them), and `eco report` re-renders a saved document through the same
// reporters, so it gives the same bytes as the command that made it.
import type { DiffResult } from '../analysis/snapshot-diff.js';
import type { StatusResult } from '../analysis/goal-status.js';
import type { MapResult } from '../analysis/map-result.js';
import type { SuggestResult } from '../analysis/suggest/suggest.js';
import type { TrendResult } from '../analysis/trend.js';
import { jsonChunks } from '../model/json-text.js';
import { terminalSafe } from '../model/text-safety.js';
import { diffHeadline, diffView } from './diff-view.js';
import { type Lang, labelsFor } from './i18n/index.js';
import { fill, formatDate } from './format.js';
import { mapText } from './map-text.js';
import { mapView } from './map-view.js';
import { render, type Templates } from './render.js';
import { statusText } from './status-text.js';
import { statusView } from './status-view.js';
import { suggestText } from './suggest-text.js';
import { suggestView } from './suggest-view.js';
import { trendText } from './trend-text.js';
import { trendView } from './trend-view.js';

import type { ReportFormat } from './formats.js';

export type { ReportFormat };

interface ReportContext {
  lang: Lang;
  version: string;
  /** The templates the reporter names, loaded (src/io/report-templates.ts): the main one may be the user's own. */
  templates: Record<string, Templates>;
  /** For a Markdown report written to a file: the name its pictures take (report.md → report.svg, report.before.svg). */
  pictureBase?: string;
}

export interface Rendered {
  main: string | Iterable<string>;
  /** Files a Markdown report writes beside itself. */
  pictures: { file: string; content: string; role: string }[];
}

export interface Reporter<D> {
  /** The templates it needs: the main one first (the one --template replaces). */
  templates: readonly string[];
  render(document: D, context: ReportContext): Rendered;
}

const only = (main: string | Iterable<string>): Rendered => ({ main, pictures: [] });
const template = (context: ReportContext, name: string): Templates => {
  const loaded = context.templates[name];
  if (!loaded) throw new Error(`the template ${name} was not loaded`);
  return loaded;
};

function mapMarkup(markup: 'md' | 'html'): Reporter<MapResult> {
  return {
    templates: markup === 'md' ? ['map.md', 'network.svg', 'layers.svg'] : ['map.html'],
    render(result, context) {
      const base = markup === 'md' ? context.pictureBase : undefined;
      const files = base === undefined ? {} : { pictureFile: `${base}.svg`, layerPictureFile: `${base}.layers.svg` };
      const explorerScript = markup === 'html' ? template(context, 'map.html').assets?.['explorer'] : undefined;
      const view = mapView(result, result.edges, {
        lang: context.lang,
        version: context.version,
        asOf: result.asOf,
        ...files,
        ...(explorerScript !== undefined && { explorerScript }),
      });
      const main = render(template(context, `map.${markup}`), view, markup);
      if (!files.pictureFile) return only(main);
      const pictures = [{ file: files.pictureFile, content: render(template(context, 'network.svg'), view, 'svg'), role: 'the network picture' }];
      if (view.layers)
        pictures.push({ file: files.layerPictureFile, content: render(template(context, 'layers.svg'), view, 'svg'), role: 'the layer picture' });
      return { main, pictures };
    },
  };
}

export const MAP_REPORTERS = {
  text: { templates: [], render: (result, context) => only(terminalSafe(mapText(result, labelsFor(context.lang)))) },
  json: { templates: [], render: (result) => only(jsonChunks(result)) },
  md: mapMarkup('md'),
  html: mapMarkup('html'),
} satisfies Record<ReportFormat, Reporter<MapResult>>;

/** The headline of what changed since the earlier snapshot a status document carries. */
function sinceLines(status: StatusResult, lang: Lang): string[] {
  if (!status.since) return [];
  return diffHeadline(status.since, lang, actorNames(status.actors ?? []));
}

function statusMarkup(markup: 'md' | 'html'): Reporter<StatusResult> {
  return {
    templates: [`status.${markup}`],
    render(status, context) {
      const since = status.since
        ? { date: formatDate(status.since.before.label, labelsFor(context.lang)), lines: sinceLines(status, context.lang) }
        : undefined;
      const view = statusView(status, { lang: context.lang, version: context.version, names: actorNames(status.actors ?? []), ...(since && { since }) });
      return only(render(template(context, `status.${markup}`), view, markup));
    },
  };
}

export const STATUS_REPORTERS = {
  text: {
    templates: [],
    render: (status, context) => {
      const t = labelsFor(context.lang);
      const since = status.since
        ? `\n${fill(t.status.sinceTitle, { date: formatDate(status.since.before.label, t) })}:\n${sinceLines(status, context.lang)
            .map((l) => `  ${l}\n`)
            .join('')}`
        : '';
      return only(terminalSafe(statusText(status, t) + since));
    },
  },
  json: { templates: [], render: (status) => only(jsonChunks(status)) },
  md: statusMarkup('md'),
  html: statusMarkup('html'),
} satisfies Record<ReportFormat, Reporter<StatusResult>>;

function diffMarkup(markup: 'md' | 'html'): Reporter<DiffResult> {
  return {
    templates: markup === 'md' ? ['diff.md', 'network-before.svg', 'network-after.svg'] : ['diff.html'],
    render(diff, context) {
      const maps = diff.maps;
      if (!maps) throw new Error('a diff document without its two maps cannot be laid out');
      const pictureFiles =
        markup === 'md' && context.pictureBase !== undefined
          ? { before: `${context.pictureBase}.before.svg`, after: `${context.pictureBase}.after.svg` }
          : undefined;
      const analysis = (result: MapResult) => ({ result, edges: result.edges, directed: result.options.directed });
      const names = actorNames([...maps.before.actors, ...maps.after.actors]);
      const view = diffView(diff, analysis(maps.before), analysis(maps.after), {
        lang: context.lang,
        version: context.version,
        names,
        ...(pictureFiles && { pictureFiles }),
      });
      const main = render(template(context, `diff.${markup}`), view, markup);
      if (!pictureFiles) return only(main);
      return {
        main,
        pictures: [
          { file: pictureFiles.before, content: render(template(context, 'network-before.svg'), view, 'svg'), role: 'the picture before' },
          { file: pictureFiles.after, content: render(template(context, 'network-after.svg'), view, 'svg'), role: 'the picture after' },
        ],
      };
    },
  };
}

export const DIFF_REPORTERS = {
  text: {
    templates: [],
    render: (diff, context) => {
      const names = actorNames(diff.maps ? [...diff.maps.before.actors, ...diff.maps.after.actors] : []);
      return only(
        terminalSafe(
          `${fill(labelsFor(context.lang).diff.between, { before: formatDate(diff.before.label, labelsFor(context.lang)), after: formatDate(diff.after.label, labelsFor(context.lang)) })}\n${diffHeadline(
            diff,
            context.lang,
            names,
          )
            .map((l) => `  ${l}\n`)
            .join('')}`,
        ),
      );
    },
  },
  json: { templates: [], render: (diff) => only(jsonChunks(diff)) },
  md: diffMarkup('md'),
  html: diffMarkup('html'),
} satisfies Record<ReportFormat, Reporter<DiffResult>>;

function trendMarkup(markup: 'md' | 'html'): Reporter<TrendResult> {
  return {
    templates: markup === 'md' ? ['trend.md', 'line-chart.svg'] : ['trend.html'],
    render(trend, context) {
      const base = markup === 'md' ? context.pictureBase : undefined;
      const view = trendView(trend, labelsFor(context.lang), { version: context.version, ...(base !== undefined && { pictureBase: base }) });
      const main = render(template(context, `trend.${markup}`), view, markup);
      if (base === undefined) return only(main);
      const charts = [view.layers, view.sectors, ...view.network, ...view.indicators];
      return {
        main,
        pictures: charts.map((c) => ({ file: c.file!, content: render(template(context, 'line-chart.svg'), c, 'svg'), role: `the chart ${c.file!}` })),
      };
    },
  };
}

export const TREND_REPORTERS = {
  text: { templates: [], render: (trend, context) => only(terminalSafe(trendText(trend, labelsFor(context.lang)))) },
  json: { templates: [], render: (trend) => only(jsonChunks(trend)) },
  md: trendMarkup('md'),
  html: trendMarkup('html'),
} satisfies Record<ReportFormat, Reporter<TrendResult>>;

function actorNames(actors: readonly { id: string; name: string }[]): Map<string, string> {
  return new Map(actors.map((a) => [a.id, a.name]));
}

function suggestMarkup(markup: 'md' | 'html'): Reporter<SuggestResult> {
  return {
    templates: [`suggest.${markup}`],
    render: (result, context) => only(render(template(context, `suggest.${markup}`), suggestView(result, labelsFor(context.lang), context.version), markup)),
  };
}

export const SUGGEST_REPORTERS = {
  text: { templates: [], render: (result, context) => only(terminalSafe(suggestText(result, labelsFor(context.lang)))) },
  json: { templates: [], render: (result) => only(jsonChunks(result)) },
  md: suggestMarkup('md'),
  html: suggestMarkup('html'),
} satisfies Record<ReportFormat, Reporter<SuggestResult>>;
