// Shared by the GEXF and GraphML writers: each actor's id escaped once (not
// once per tie), and the size of the pieces a document is handed out in.
import { escapeXml } from '../model/text-safety.js';
import type { NetworkTable } from './network-table.js';

/** Pieces of about this many characters: few enough to cost nothing, small enough to keep memory flat. */
export const PIECE = 1 << 16;

export function escapedIds(table: NetworkTable): Map<string, string> {
  return new Map(table.nodes.map((n) => [n.id, escapeXml(n.id)]));
}
