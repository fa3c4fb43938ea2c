// The network explorer of the HTML report: reads the data eco put in the page
// and brings the map, the search, the filters and the card to life. Without
// script the page keeps its static picture; printing shows that picture too.
import type { ExplorerData } from '../reports/explorer-view.js';
import { ActorCard } from './actor-card.js';
import { filterPanel } from './filter-panel.js';
import { NetworkCanvas } from './network-canvas.js';
import { searchBox } from './search-box.js';

function start(): void {
  const section = document.getElementById('explorer');
  const source = document.getElementById('explorer-data');
  if (!section || !source?.textContent) return;
  const data = JSON.parse(source.textContent) as ExplorerData;
  const find = <T extends HTMLElement>(id: string): T => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`the explorer has no #${id}`);
    return element as T;
  };
  section.hidden = false;
  document.documentElement.classList.add('has-explorer');

  const canvasElement = find<HTMLCanvasElement>('explorer-canvas');
  const search = find<HTMLInputElement>('explorer-search');
  let map: NetworkCanvas | null = null;
  const cardElement = find('explorer-card');
  const card = new ActorCard(
    cardElement,
    data,
    (i) => open(i, null),
    () => map?.select(-1),
  );
  let named: (i: number) => void = () => {};
  const open = (i: number, opener: HTMLElement | null): void => {
    card.open(i, opener);
    named(i);
    // Beside the map the card covers its right part; on a narrow page it sits under the map.
    const beside = getComputedStyle(cardElement).position === 'absolute';
    map?.select(i, true, beside ? cardElement.offsetWidth + 16 : 0);
  };
  const shown = filterPanel(find('explorer-filters'), data, (visible) => {
    if (card.shown !== -1 && !visible.actors[card.shown]) card.close();
    map?.update(visible, card.shown === -1);
  });
  map = new NetworkCanvas(canvasElement, data, shown, {
    choose: (i) => (i === -1 ? card.close() : open(i, canvasElement)),
  });
  named = searchBox(search, find('explorer-suggestions'), data, (i) => open(i, search));
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
    const how = button.dataset['zoom'];
    button.addEventListener('click', () => (how === 'in' ? map?.zoom(1.5) : how === 'out' ? map?.zoom(1 / 1.5) : map?.reset()));
  }
}

start();
