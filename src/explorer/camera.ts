// Where the reader looks: the world point at the middle of the canvas and how
// many screen pixels a world unit takes. Pure, so panning and zooming are
// tested without a browser.

export interface Camera {
  x: number;
  y: number;
  scale: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 60;

export function toScreen(camera: Camera, view: Viewport, x: number, y: number): [number, number] {
  return [(x - camera.x) * camera.scale + view.width / 2, (y - camera.y) * camera.scale + view.height / 2];
}

export function toWorld(camera: Camera, view: Viewport, sx: number, sy: number): [number, number] {
  return [(sx - view.width / 2) / camera.scale + camera.x, (sy - view.height / 2) / camera.scale + camera.y];
}

/** The camera that shows all of `bounds` with a margin; the scale it gives is the "whole network" zoom. */
export function fitCamera(bounds: Bounds, view: Viewport, margin = 24): Camera {
  const w = Math.max(1e-6, bounds.maxX - bounds.minX);
  const h = Math.max(1e-6, bounds.maxY - bounds.minY);
  const scale = Math.min((view.width - 2 * margin) / w, (view.height - 2 * margin) / h);
  return { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2, scale: Math.max(1e-6, scale) };
}

/** Zooms by `factor` keeping the world point under screen point (sx, sy) where it is; within MIN_ZOOM–MAX_ZOOM of the fitted scale. */
export function zoomAt(camera: Camera, view: Viewport, fitted: number, factor: number, sx: number, sy: number): Camera {
  const scale = Math.min(fitted * MAX_ZOOM, Math.max(fitted * MIN_ZOOM, camera.scale * factor));
  const [wx, wy] = toWorld(camera, view, sx, sy);
  return { x: wx - (sx - view.width / 2) / scale, y: wy - (sy - view.height / 2) / scale, scale };
}

export function panBy(camera: Camera, dx: number, dy: number): Camera {
  return { x: camera.x - dx / camera.scale, y: camera.y - dy / camera.scale, scale: camera.scale };
}
