// The card of one actor: a dialog labelled by its name with its sector,
// layer, municipality and group, its figures in plain words, and its ties —
// each neighbour a button that moves there. Built with text nodes only, so a
// name is never read as markup.
import { fill, formatInteger, formatNumber } from '../reports/format.js';
import type { ExplorerData } from '../reports/explorer-view.js';

/** A card lists this many ties; the rest are counted. */
const MAX_ROWS = 200;

export class ActorCard {
  private current = -1;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly data: ExplorerData,
    private readonly go: (i: number) => void,
    private readonly closed: () => void,
  ) {
    element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.close();
      }
    });
  }

  get shown(): number {
    return this.current;
  }

  open(i: number, opener: HTMLElement | null): void {
    if (this.current === -1) this.opener = opener;
    this.current = i;
    const { data } = this;
    const text = data.text;
    const n = data.nodes;
    const card = this.element;
    card.replaceChildren();
    const head = el('div', 'explorer-card-head');
    const title = el('h4', '', n.name[i]!);
    title.id = 'explorer-card-name';
    title.tabIndex = -1;
    const close = el('button', 'explorer-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', text.close);
    close.title = text.close;
    close.addEventListener('click', () => this.close());
    head.append(title, close);
    const sector = data.sectors[n.sector[i]!]!;
    const swatch = el('span', 'explorer-swatch');
    swatch.style.background = sector.colour;
    const facts = el('dl', 'explorer-facts');
    if (sector.one) fact(facts, text.sector, [swatch, document.createTextNode(sector.one)]);
    const layer = data.layers[n.layer[i]!]!;
    if (layer.one) fact(facts, text.layer, [document.createTextNode(layer.one)]);
    if (n.city[i]) fact(facts, text.city, [document.createTextNode(n.city[i]!)]);
    const group = data.communities[n.community[i]!];
    if (group && group.size > 1) fact(facts, text.group, [document.createTextNode(group.name)]);
    const figures = el('dl', 'explorer-figures');
    figure(figures, text.degree, formatInteger(n.degree[i]!, data), text.degreeMeaning);
    figure(figures, text.betweenness, small(n.betweenness[i]!, data), text.betweennessMeaning);
    figure(figures, text.closeness, small(n.closeness[i]!, data), text.closenessMeaning);
    card.append(head, facts, figures, this.ties(i));
    card.hidden = false;
    title.focus();
  }

  close(): void {
    if (this.current === -1) return;
    this.current = -1;
    this.element.hidden = true;
    this.element.replaceChildren();
    this.closed();
    this.opener?.focus();
    this.opener = null;
  }

  private ties(i: number): HTMLElement {
    const { data } = this;
    const text = data.text;
    const t = data.ties;
    const rows: { j: number; type: string; derived: boolean; weight: number }[] = [];
    for (let k = 0; k < t.length; k += 5) {
      const other = t[k] === i ? t[k + 1]! : t[k + 1] === i ? t[k]! : -1;
      if (other !== -1) rows.push({ j: other, type: data.types[t[k + 2]!] ?? '', derived: t[k + 3] === 1, weight: t[k + 4]! });
    }
    const rank = new Map(data.rank.map((a, r) => [a, r]));
    rows.sort((a, b) => b.weight - a.weight || rank.get(a.j)! - rank.get(b.j)!);
    const section = el('div', 'explorer-ties');
    section.append(el('h5', '', fill(text.ties, { count: formatInteger(rows.length, data) })));
    if (rows.length === 0) {
      section.append(el('p', '', text.noTies));
      return section;
    }
    const table = el('table', '');
    const headRow = table.createTHead().insertRow();
    for (const heading of [text.neighbour, text.type, text.tieOrigin, text.weight]) {
      const th = el('th', '', heading);
      th.scope = 'col';
      headRow.append(th);
    }
    const body = table.createTBody();
    for (const row of rows.slice(0, MAX_ROWS)) {
      const tr = body.insertRow();
      const go = el('button', 'explorer-neighbour', data.nodes.name[row.j]!);
      go.type = 'button';
      go.addEventListener('click', () => this.go(row.j));
      tr.insertCell().append(go);
      tr.insertCell().textContent = row.type;
      tr.insertCell().textContent = row.derived ? text.fromShared : text.listed;
      const weight = tr.insertCell();
      weight.className = 'number';
      weight.textContent = formatNumber(row.weight, Number.isInteger(row.weight) ? 0 : 2, data);
    }
    section.append(table);
    const more = rows.length - MAX_ROWS;
    if (more > 0) section.append(el('p', '', fill(text.moreTies[more === 1 ? 0 : 1]!, { count: formatInteger(more, data) })));
    return section;
  }
}

/** A figure between 0 and 1 with three decimals, or with as many more as it takes to show it is not 0. */
function small(x: number, data: ExplorerData): string {
  const decimals = x === 0 ? 0 : x >= 0.01 ? 3 : Math.min(8, 1 - Math.floor(Math.log10(x)));
  return formatNumber(x, decimals, data);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function fact(list: HTMLElement, term: string, value: Node[]): void {
  const dd = el('dd', '');
  dd.append(...value);
  list.append(el('dt', '', term), dd);
}

function figure(list: HTMLElement, term: string, value: string, meaning: string): void {
  const dd = el('dd', '');
  dd.append(el('strong', '', value), document.createTextNode(` — ${meaning}`));
  list.append(el('dt', '', term), dd);
}
