// Panning and zooming the explorer's map: a zoom keeps the point under the
// pointer in place, fitting shows everything, and the zoom stays in bounds.
import { describe, expect, it } from 'vitest';
import { fitCamera, panBy, toScreen, toWorld, zoomAt } from '../../../src/explorer/camera.js';

const VIEW = { width: 800, height: 600 };

describe('the explorer camera', () => {
  it('fits the whole world inside the view with its margin', () => {
    const camera = fitCamera({ minX: 0, minY: 0, maxX: 1000, maxY: 500 }, VIEW, 20);
    expect(camera.scale).toBeCloseTo(760 / 1000);
    const [left, top] = toScreen(camera, VIEW, 0, 0);
    const [right, bottom] = toScreen(camera, VIEW, 1000, 500);
    expect(left).toBeCloseTo(20);
    expect(right).toBeCloseTo(780);
    expect(top).toBeGreaterThanOrEqual(20);
    expect(bottom).toBeLessThanOrEqual(580);
  });

  it('turns screen points back into the world points they show', () => {
    const camera = { x: 120, y: -40, scale: 2.5 };
    const [sx, sy] = toScreen(camera, VIEW, 333, 77);
    const [wx, wy] = toWorld(camera, VIEW, sx, sy);
    expect(wx).toBeCloseTo(333);
    expect(wy).toBeCloseTo(77);
  });

  it('keeps the world point under the pointer where it is when zooming', () => {
    const camera = { x: 500, y: 300, scale: 1 };
    const before = toWorld(camera, VIEW, 100, 450);
    const zoomed = zoomAt(camera, VIEW, 1, 2, 100, 450);
    expect(zoomed.scale).toBe(2);
    const after = toWorld(zoomed, VIEW, 100, 450);
    expect(after[0]).toBeCloseTo(before[0]);
    expect(after[1]).toBeCloseTo(before[1]);
  });

  it('zooms no further out than half and no further in than 60 times the fitted scale', () => {
    const camera = { x: 0, y: 0, scale: 1 };
    expect(zoomAt(camera, VIEW, 1, 0.01, 0, 0).scale).toBe(0.5);
    expect(zoomAt(camera, VIEW, 1, 1000, 0, 0).scale).toBe(60);
  });

  it('moves the world with the pointer when dragged', () => {
    const camera = { x: 10, y: 10, scale: 2 };
    const moved = panBy(camera, 40, -20);
    const [sx, sy] = toScreen(moved, VIEW, 10, 10);
    expect(sx).toBeCloseTo(VIEW.width / 2 + 40);
    expect(sy).toBeCloseTo(VIEW.height / 2 - 20);
  });
});
