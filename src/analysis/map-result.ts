import type { ActorFigures, Finding, MapEdge, MapSummary } from '../model/document-types.js';
export type { ActorFigures, Finding, MapEdge, MapSummary };
import type { EcoMap as MapResult } from '../model/document-types.js';
export type { MapResult };

/** `"exact"`, or the number of sampled pivot sources. */
export type Method = 'exact' | { sample: number };

/** Figures are rounded to 12 significant digits, so output does not depend on the last bits of a float. */
export function figure(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(12));
}

export function figureOrNull(x: number | null | undefined): number | null {
  return x === null || x === undefined || Number.isNaN(x) ? null : figure(x);
}
