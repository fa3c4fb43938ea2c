// The filters beside the map, which are also its legend: a box per sector
// (with its colour) and per layer, each with the number of actors it shows
// under the other choices; the group; listed and derived ties; a least number
// of ties. Only what the data has is offered.
import { fill, formatInteger } from '../reports/format.js';
import type { ExplorerData } from '../reports/explorer-view.js';
import { allShown, type FilterState, type Visibility, visibility } from './filters.js';

/** A group menu lists at most this many groups, the largest. */
const MAX_GROUPS = 200;

export function filterPanel(form: HTMLElement, data: ExplorerData, changed: (shown: Visibility) => void): Visibility {
  const state: FilterState = allShown(data);
  const everything = visibility(data, state);
  const counts: { kind: 'sector' | 'layer'; index: number; output: HTMLElement }[] = [];
  const boxes = (fieldset: HTMLElement, kind: 'sector' | 'layer', items: { label: string; colour?: string }[], totals: number[]): void => {
    items.forEach((item, index) => {
      if (totals[index] === 0) return;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.addEventListener('change', () => {
        const set = kind === 'sector' ? state.sectors : state.layers;
        if (box.checked) set.add(index);
        else set.delete(index);
        apply();
      });
      label.append(box);
      if (item.colour) {
        const swatch = document.createElement('span');
        swatch.className = 'explorer-swatch';
        swatch.style.background = item.colour;
        label.append(swatch);
      }
      const output = document.createElement('span');
      output.className = 'explorer-count';
      label.append(document.createTextNode(`${item.label} `), output);
      counts.push({ kind, index, output });
      fieldset.append(label);
    });
    if (fieldset.querySelectorAll('label').length < 2) fieldset.hidden = true;
  };
  boxes(part(form, 'explorer-sectors'), 'sector', data.sectors, everything.bySector);
  boxes(part(form, 'explorer-layers'), 'layer', data.layers, everything.byLayer);

  const select = part(form, 'explorer-community') as HTMLSelectElement;
  const groups = data.communities
    .map((c, index) => ({ ...c, index }))
    .filter((c) => c.size > 1)
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .slice(0, MAX_GROUPS);
  const all = new Option(data.text.allCommunities, '-1');
  select.append(all, ...groups.map((g) => new Option(`${g.name} (${formatInteger(g.size, data)})`, String(g.index))));
  select.addEventListener('change', () => {
    state.community = Number(select.value);
    apply();
  });
  if (groups.length < 2) part(form, 'explorer-community-row').hidden = true;

  const origin = part(form, 'explorer-origin');
  const originCounts: { derived: boolean; output: HTMLElement }[] = [];
  for (const derived of [false, true]) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      if (derived) state.derived = box.checked;
      else state.explicit = box.checked;
      apply();
    });
    const line = document.createElement('span');
    line.className = derived ? 'explorer-line derived' : 'explorer-line';
    const output = document.createElement('span');
    output.className = 'explorer-count';
    label.append(box, line, document.createTextNode(`${derived ? data.text.derived : data.text.explicit} `), output);
    originCounts.push({ derived, output });
    origin.append(label);
  }
  if (everything.derivedTies === 0) origin.hidden = true;

  const least = part(form, 'explorer-min-degree') as HTMLInputElement;
  least.max = String(Math.max(0, ...data.nodes.degree));
  least.addEventListener('input', () => {
    const value = Number(least.value);
    state.minDegree = Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
    apply();
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  const status = part(document, 'explorer-status');
  const total = { actors: data.nodes.name.length, ties: data.ties.length / 5 };
  const label = (shown: Visibility): void => {
    for (const c of counts) c.output.textContent = `(${formatInteger((c.kind === 'sector' ? shown.bySector : shown.byLayer)[c.index]!, data)})`;
    for (const c of originCounts) c.output.textContent = `(${formatInteger(c.derived ? shown.derivedTies : shown.explicitTies, data)})`;
    status.textContent = fill(data.text.shown, {
      actors: formatInteger(shown.actorCount, data),
      totalActors: formatInteger(total.actors, data),
      ties: formatInteger(shown.tieCount, data),
      totalTies: formatInteger(total.ties, data),
    });
  };
  const apply = (): void => {
    const shown = visibility(data, state);
    label(shown);
    changed(shown);
  };
  label(everything);
  return everything;
}

function part(root: ParentNode, id: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`#${id}`);
  if (!found) throw new Error(`the explorer has no #${id}`);
  return found;
}
