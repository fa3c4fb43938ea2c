// The search box (a searchbox with a list of suggestions it controls):
// suggestions as the reader types, arrow keys to move among them (announced
// as the active option), Enter or a click to open an actor's card, Escape to
// close the list and then to clear the box.
import type { ExplorerData } from '../reports/explorer-view.js';
import { fill } from '../reports/format.js';
import { matches, normalised } from './search.js';

const SUGGESTIONS = 10;

/** Wires the box; what it returns puts an actor's name in the box (when a card opens some other way). */
export function searchBox(input: HTMLInputElement, list: HTMLElement, data: ExplorerData, open: (i: number) => void): (i: number) => void {
  const names = data.nodes.name.map(normalised);
  const cities = data.nodes.city.map(normalised);
  let found: number[] = [];
  let active = -1;
  const show = (): void => {
    list.replaceChildren();
    found.forEach((i, k) => {
      const option = document.createElement('li');
      option.id = `explorer-option-${k}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', k === active ? 'true' : 'false');
      option.textContent = data.nodes.name[i]!;
      option.addEventListener('mousedown', (e) => e.preventDefault());
      option.addEventListener('click', () => choose(k));
      list.append(option);
    });
    if (found.length === 0 && input.value.trim() !== '') {
      const none = document.createElement('li');
      none.className = 'explorer-none';
      none.textContent = fill(data.text.noMatch, { query: input.value.trim() });
      list.append(none);
    }
    list.hidden = list.childElementCount === 0;
    if (active === -1) input.removeAttribute('aria-activedescendant');
    else input.setAttribute('aria-activedescendant', `explorer-option-${active}`);
  };
  const hide = (): void => {
    found = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (k: number): void => {
    const i = found[k];
    if (i === undefined) return;
    input.value = data.nodes.name[i]!;
    hide();
    open(i);
  };
  input.addEventListener('input', () => {
    found = matches(input.value, names, data.rank, SUGGESTIONS, cities);
    active = -1;
    show();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (found.length === 0) return;
      e.preventDefault();
      active = e.key === 'ArrowDown' ? (active + 1) % found.length : (active - 1 + found.length) % found.length;
      show();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (found.length === 0) found = matches(input.value, names, data.rank, SUGGESTIONS, cities);
      choose(Math.max(0, active));
    } else if (e.key === 'Escape' && !list.hidden) {
      e.preventDefault();
      e.stopPropagation();
      hide();
    }
  });
  input.addEventListener('blur', () => hide());
  return (i) => {
    input.value = data.nodes.name[i]!;
  };
}
