// The map itself: every shown actor and tie drawn on a canvas, names placed
// by centrality, and the reader's hand on it — drag (mouse or one finger) to
// move, wheel or two fingers to zoom, arrow keys and + − on the keyboard, a
// click to choose an actor. Canvas 2D rather than WebGL: it draws the same on
// every machine, including ones without a graphics card.
import type { ExplorerData } from '../reports/explorer-view.js';
import { type Bounds, type Camera, fitCamera, panBy, toScreen, toWorld, type Viewport, zoomAt } from './camera.js';
import type { Visibility } from './filters.js';
import { type Box, type LabelCandidate, placeLabels } from './label-placement.js';
import { SpatialIndex } from './spatial-index.js';

const FONT_SIZE = 13;
const FONT = `${FONT_SIZE}px Helvetica, Arial, sans-serif`;
/** Above this many ties, ties are left out while the map moves and drawn once it rests. */
const MANY_TIES = 20_000;

export interface CanvasEvents {
  /** The reader chose an actor (or, with -1, clicked the empty map). */
  choose(i: number): void;
}

export class NetworkCanvas {
  private readonly context: CanvasRenderingContext2D;
  private readonly view: Viewport = { width: 0, height: 0 };
  private camera: Camera = { x: 0, y: 0, scale: 1 };
  private fitted = 1;
  private readonly radius: Float32Array;
  private readonly index: SpatialIndex;
  private readonly widths = new Map<number, number>();
  private readonly letters = new Map<string, number>();
  private readonly neighbours: number[][];
  private shown: Visibility;
  private selected = -1;
  private hovered = -1;
  private frame = 0;
  /** How many pixels on the right the card covers: names keep out of them. */
  private covered = 0;
  private moving = 0;
  private readonly maxRadius: number;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly data: ExplorerData,
    visibility: Visibility,
    private readonly events: CanvasEvents,
  ) {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    this.context = context;
    this.shown = visibility;
    const n = data.nodes.name.length;
    // Dots a little smaller the more actors share the picture, so a large network is not one blot.
    const shrink = Math.min(1, Math.sqrt(1500 / Math.max(1, n)));
    this.radius = Float32Array.from(data.nodes.degree, (d) => Math.max(1.5, Math.min(18, 3 + 2.2 * Math.sqrt(d)) * shrink));
    this.maxRadius = Math.max(1, ...this.radius);
    this.index = new SpatialIndex(data.nodes.x, data.nodes.y, 20);
    this.neighbours = Array.from({ length: n }, () => []);
    for (let k = 0; k < data.ties.length; k += 5) {
      this.neighbours[data.ties[k]!]!.push(data.ties[k + 1]!);
      this.neighbours[data.ties[k + 1]!]!.push(data.ties[k]!);
    }
    this.listen();
    this.resize();
    this.fit();
    this.camera = fitCamera(this.bounds(), this.view);
    this.drawFirst();
  }

  /** Shows what the filters let through, and draws again; `refit` fits the map to it. */
  update(visibility: Visibility, refit = false): void {
    this.shown = visibility;
    if (this.selected !== -1 && !visibility.actors[this.selected]) this.selected = -1;
    if (refit) this.camera = fitCamera(this.bounds(), this.view);
    this.request();
  }

  /**
   * Highlights an actor and its ties (or nothing, with -1); `centre` moves the
   * map to show the actor and its neighbours in what the `covered` pixels on
   * the right (the card) leave free, zoomed in no further than needed.
   */
  select(i: number, centre = false, covered = 0): void {
    this.selected = i;
    this.covered = i === -1 ? 0 : covered;
    if (i !== -1 && centre) {
      const { x, y } = this.data.nodes;
      const near = [i, ...this.neighbours[i]!.filter((j) => this.shown.actors[j])];
      const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
      for (const j of near) {
        bounds.minX = Math.min(bounds.minX, x[j]!);
        bounds.maxX = Math.max(bounds.maxX, x[j]!);
        bounds.minY = Math.min(bounds.minY, y[j]!);
        bounds.maxY = Math.max(bounds.maxY, y[j]!);
      }
      const free = { width: Math.max(this.view.width / 2, this.view.width - covered), height: this.view.height };
      const fitted = fitCamera(bounds, free, 40);
      const scale = Math.min(this.fitted * 6, Math.max(this.fitted, near.length === 1 ? this.fitted * 3 : fitted.scale));
      const shift = (this.view.width - free.width) / 2;
      this.camera = { x: fitted.x + shift / scale, y: fitted.y, scale };
    }
    this.request();
  }

  zoom(factor: number): void {
    this.camera = zoomAt(this.camera, this.view, this.fitted, factor, this.view.width / 2, this.view.height / 2);
    this.request();
  }

  /** Back to the whole network (what the filters show). */
  reset(): void {
    this.camera = fitCamera(this.bounds(), this.view);
    this.request();
  }

  /** The scale that shows every actor, filters aside: dot sizes and the zoom's limits are measured from it. */
  private fit(): void {
    this.fitted = fitCamera(this.bounds(true), this.view).scale;
  }

  /** Around the actors shown, or with `all` around every actor. */
  private bounds(all = false): Bounds {
    const { x, y } = this.data.nodes;
    const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (let i = 0; i < x.length; i++) {
      if (!all && !this.shown.actors[i]) continue;
      b.minX = Math.min(b.minX, x[i]!);
      b.maxX = Math.max(b.maxX, x[i]!);
      b.minY = Math.min(b.minY, y[i]!);
      b.maxY = Math.max(b.maxY, y[i]!);
    }
    return b.minX <= b.maxX ? b : { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  }

  private resize(): void {
    const rect = this.canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.view.width = Math.max(1, rect.width);
    this.view.height = Math.max(1, rect.height);
    this.canvas.width = Math.round(this.view.width * ratio);
    this.canvas.height = Math.round(this.view.height * ratio);
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  private request(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** While the map moves, large networks are drawn without ties; they come back a moment after it rests. */
  private moved(): void {
    if (this.data.ties.length / 5 > MANY_TIES) this.restLater();
    this.request();
  }

  private restLater(): void {
    clearTimeout(this.moving);
    this.moving = window.setTimeout(() => {
      this.moving = 0;
      this.request();
    }, 160);
  }

  private screenRadius(i: number): number {
    return this.radius[i]! * Math.sqrt(this.camera.scale / this.fitted) * Math.min(1.6, Math.max(0.6, this.fitted));
  }

  private draw(): void {
    const c = this.context;
    const { width, height } = this.view;
    c.clearRect(0, 0, width, height);
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, width, height);
    const focus = this.selected !== -1 ? this.selected : this.hovered;
    const near = new Set<number>(focus === -1 ? [] : [focus, ...this.neighbours[focus]!.filter((j) => this.shown.actors[j])]);
    const dim = focus !== -1;
    if (!this.moving) this.drawTies(dim ? 0.08 : 1, focus);
    this.drawActors(near, dim);
    this.drawNames(near, focus);
  }

  /**
   * The first picture, at once and without waiting for a frame: the actors
   * only, which is quick however large the network; the ties and names follow
   * in the next frame. Marked for whoever measures how soon the map appears.
   */
  private drawFirst(): void {
    const c = this.context;
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, this.view.width, this.view.height);
    this.drawActors(new Set(), false);
    performance.mark('eco-explorer-drawn');
    this.request();
  }

  private drawTies(alpha: number, focus: number): void {
    const c = this.context;
    const t = this.data.ties;
    const { x, y } = this.data.nodes;
    const s = (i: number): [number, number] => toScreen(this.camera, this.view, x[i]!, y[i]!);
    for (const derived of [1, 0]) {
      c.beginPath();
      for (let k = 0; k < this.shown.ties.length; k++) {
        if (!this.shown.ties[k] || t[5 * k + 3] !== derived) continue;
        const [x1, y1] = s(t[5 * k]!);
        const [x2, y2] = s(t[5 * k + 1]!);
        c.moveTo(x1, y1);
        c.lineTo(x2, y2);
      }
      c.setLineDash(derived ? [4, 3] : []);
      c.lineWidth = derived ? 0.8 : 0.9;
      // Many ties in one view make a dark mass that hides the names: the more there are, the lighter each.
      const light = alpha * Math.min(1, Math.sqrt(4000 / Math.max(1, this.shown.tieCount)));
      c.strokeStyle = derived ? `rgba(140,140,140,${0.45 * light})` : `rgba(110,110,110,${0.55 * light})`;
      c.stroke();
    }
    c.setLineDash([]);
    if (focus === -1) return;
    // The chosen actor's own ties, over everything else.
    c.beginPath();
    for (let k = 0; k < this.shown.ties.length; k++) {
      if (!this.shown.ties[k] || (t[5 * k] !== focus && t[5 * k + 1] !== focus)) continue;
      const [x1, y1] = s(t[5 * k]!);
      const [x2, y2] = s(t[5 * k + 1]!);
      c.moveTo(x1, y1);
      c.lineTo(x2, y2);
    }
    c.lineWidth = 1.6;
    c.strokeStyle = 'rgba(40,40,40,0.85)';
    c.stroke();
  }

  private drawActors(near: ReadonlySet<number>, dim: boolean): void {
    const c = this.context;
    const { x, y, sector } = this.data.nodes;
    const margin = 20;
    const batches = new Map<number, number[]>();
    for (let i = 0; i < x.length; i++) {
      if (!this.shown.actors[i]) continue;
      const [sx, sy] = toScreen(this.camera, this.view, x[i]!, y[i]!);
      if (sx < -margin || sy < -margin || sx > this.view.width + margin || sy > this.view.height + margin) continue;
      const list = batches.get(sector[i]!);
      if (list) list.push(i);
      else batches.set(sector[i]!, [i]);
    }
    const outline = this.camera.scale / this.fitted > 1.5 || x.length < 2000;
    for (const pass of dim ? [false, true] : [true]) {
      for (const [s, members] of batches) {
        c.beginPath();
        for (const i of members) {
          if (dim && near.has(i) !== pass) continue;
          const [sx, sy] = toScreen(this.camera, this.view, x[i]!, y[i]!);
          const r = this.screenRadius(i);
          // A dot this small is a square to the eye, and a square is many times quicker to draw.
          if (r < 2.2 && !outline) c.rect(sx - r, sy - r, 2 * r, 2 * r);
          else {
            c.moveTo(sx + r, sy);
            c.arc(sx, sy, r, 0, 2 * Math.PI);
          }
        }
        c.globalAlpha = pass ? 1 : 0.2;
        c.fillStyle = this.data.sectors[s]!.colour;
        c.fill();
        if (outline) {
          c.lineWidth = 0.6;
          c.strokeStyle = '#333333';
          c.stroke();
        }
      }
    }
    c.globalAlpha = 1;
    if (this.selected !== -1 && this.shown.actors[this.selected]) {
      const [sx, sy] = toScreen(this.camera, this.view, x[this.selected]!, y[this.selected]!);
      c.beginPath();
      c.arc(sx, sy, this.screenRadius(this.selected) + 4, 0, 2 * Math.PI);
      c.lineWidth = 2.5;
      c.strokeStyle = '#1a1a1a';
      c.stroke();
    }
  }

  private drawNames(near: ReadonlySet<number>, focus: number): void {
    const c = this.context;
    c.font = FONT;
    const { x, y, name } = this.data.nodes;
    const candidates = function* (this: NetworkCanvas): Generator<LabelCandidate> {
      const order = focus === -1 ? this.data.rank : [focus, ...this.data.rank.filter((i) => near.has(i) && i !== focus), ...this.data.rank];
      let looked = 0;
      const seen = new Set<number>();
      for (const i of order) {
        // With an actor chosen, its neighbours are named and a few of the most central others for bearings.
        if (seen.has(i) || !this.shown.actors[i] || (focus !== -1 && !near.has(i) && looked++ > 12)) continue;
        seen.add(i);
        const [sx, sy] = toScreen(this.camera, this.view, x[i]!, y[i]!);
        if (sx < 0 || sy < 0 || sx > this.view.width || sy > this.view.height) continue;
        yield { i, x: sx, y: sy, r: this.screenRadius(i), width: this.width(i) };
        if (focus === -1 && ++looked > 2000) return;
      }
    }.call(this);
    // The five most central, or the chosen actor and its neighbours, are named even across other dots.
    const firm = focus === -1 ? 5 : Math.min(40, near.size);
    const placed = placeLabels(candidates, this.view, FONT_SIZE, 120, { ...this.obstacles(), firm });
    c.lineJoin = 'round';
    c.lineWidth = 3;
    c.strokeStyle = 'rgba(255,255,255,0.9)';
    for (const label of placed) {
      c.fillStyle = focus !== -1 && !near.has(label.i) ? '#8a8a8a' : '#1a1a1a';
      c.strokeText(name[label.i]!, label.x, label.y);
      c.fillText(name[label.i]!, label.x, label.y);
    }
  }

  /**
   * Where names must not go: the card, and the dots on screen while they are
   * few enough to leave room for names (in a dense overview a name has to
   * cross some dots to be shown at all).
   */
  private obstacles(): { covered: Box[]; dots: Box[] } {
    const covered = this.covered > 0 ? [{ left: this.view.width - this.covered, top: 0, right: this.view.width, bottom: this.view.height }] : [];
    const { x, y } = this.data.nodes;
    const dots: Box[] = [];
    for (let i = 0; i < x.length && dots.length <= 1500; i++) {
      if (!this.shown.actors[i]) continue;
      const [sx, sy] = toScreen(this.camera, this.view, x[i]!, y[i]!);
      if (sx < 0 || sy < 0 || sx > this.view.width || sy > this.view.height) continue;
      const r = this.screenRadius(i);
      dots.push({ left: sx - r, top: sy - r, right: sx + r, bottom: sy + r });
    }
    return { covered, dots: dots.length <= 1500 ? dots : [] };
  }

  /** A name's width: the sum of its letters' widths, each measured once (measuring every name would take longer than drawing the map). */
  private width(i: number): number {
    let w = this.widths.get(i);
    if (w === undefined) {
      w = 0;
      for (const letter of this.data.nodes.name[i]!) {
        let lw = this.letters.get(letter);
        if (lw === undefined) {
          lw = this.context.measureText(letter).width;
          this.letters.set(letter, lw);
        }
        w += lw;
      }
      this.widths.set(i, w);
    }
    return w;
  }

  /** The shown actor under screen point (sx, sy), or -1. */
  private actorAt(sx: number, sy: number): number {
    const [wx, wy] = toWorld(this.camera, this.view, sx, sy);
    const reach = (this.maxRadius * 2 + 6) / this.camera.scale;
    const i = this.index.nearest(wx, wy, reach, (j) => this.shown.actors[j] === 1);
    if (i === -1) return -1;
    const [ax, ay] = toScreen(this.camera, this.view, this.data.nodes.x[i]!, this.data.nodes.y[i]!);
    return Math.hypot(ax - sx, ay - sy) <= this.screenRadius(i) + 4 ? i : -1;
  }

  private listen(): void {
    const canvas = this.canvas;
    const pointers = new Map<number, { x: number; y: number }>();
    let dragged = false;
    let pinch = 0;
    const local = (e: { clientX: number; clientY: number }): [number, number] => {
      const rect = canvas.getBoundingClientRect();
      return [e.clientX - rect.left, e.clientY - rect.top];
    };
    canvas.addEventListener('pointerdown', (e) => {
      canvas.setPointerCapture(e.pointerId);
      const [x, y] = local(e);
      pointers.set(e.pointerId, { x, y });
      dragged = false;
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = Math.hypot(a!.x - b!.x, a!.y - b!.y);
      }
    });
    canvas.addEventListener('pointermove', (e) => {
      const [x, y] = local(e);
      const before = pointers.get(e.pointerId);
      if (!before) {
        const i = this.actorAt(x, y);
        if (i !== this.hovered) {
          this.hovered = i;
          canvas.style.cursor = i === -1 ? 'grab' : 'pointer';
          canvas.title = i === -1 ? '' : this.data.nodes.name[i]!;
          this.request();
        }
        return;
      }
      if (pointers.size === 2) {
        pointers.set(e.pointerId, { x, y });
        const [a, b] = [...pointers.values()];
        const distance = Math.hypot(a!.x - b!.x, a!.y - b!.y);
        if (pinch > 0) this.camera = zoomAt(this.camera, this.view, this.fitted, distance / pinch, (a!.x + b!.x) / 2, (a!.y + b!.y) / 2);
        pinch = distance;
        dragged = true;
        this.moved();
        return;
      }
      if (!dragged && Math.hypot(x - before.x, y - before.y) < 4) return;
      dragged = true;
      this.camera = panBy(this.camera, x - before.x, y - before.y);
      pointers.set(e.pointerId, { x, y });
      this.moved();
    });
    const release = (e: PointerEvent): void => {
      const was = pointers.get(e.pointerId);
      pointers.delete(e.pointerId);
      if (pointers.size < 2) pinch = 0;
      if (was && !dragged && e.type === 'pointerup') {
        const [x, y] = local(e);
        this.events.choose(this.actorAt(x, y));
      }
      if (pointers.size === 0) this.moved();
    };
    canvas.addEventListener('pointerup', release);
    canvas.addEventListener('pointercancel', release);
    canvas.addEventListener('pointerleave', () => {
      if (this.hovered !== -1 && pointers.size === 0) {
        this.hovered = -1;
        this.request();
      }
    });
    canvas.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        const [x, y] = local(e);
        const step = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
        this.camera = zoomAt(this.camera, this.view, this.fitted, Math.exp(-step * 0.0015), x, y);
        this.moved();
      },
      { passive: false },
    );
    canvas.addEventListener('keydown', (e) => {
      const step = 60;
      const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      const move = moves[e.key];
      if (move) {
        this.camera = panBy(this.camera, move[0], move[1]);
        this.moved();
      } else if (e.key === '+' || e.key === '=') this.zoom(1.4);
      else if (e.key === '-' || e.key === '_') this.zoom(1 / 1.4);
      else if (e.key === '0') this.reset();
      else if (e.key === 'Escape' && this.selected !== -1) this.events.choose(-1);
      else return;
      e.preventDefault();
    });
    new ResizeObserver(() => {
      const keep = this.camera.scale / this.fitted;
      this.resize();
      this.fit();
      this.camera = { ...this.camera, scale: this.fitted * keep };
      this.request();
    }).observe(canvas);
  }
}
