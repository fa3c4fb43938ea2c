// What a report says about its data: what --skip-invalid left out, and which
// actors look like one organisation entered twice. Part of the eco-map and
// eco-status documents, so a saved document re-renders the same.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { placeOf } from '../diagnostics/format.js';
import type { DuplicateReason } from './likely-duplicates.js';
import type { LeftOut } from './skip-invalid.js';

import type { DataQuality } from './document-types.js';
export type { DataQuality };

/**
 * @param folder the ecosystem's folder as messages show it: places in the report are given from it
 * (`kartoitus.xlsx [Toimijat] 5:B`), never as paths of the machine that made the report
 */
export function dataQuality(leftOut: readonly LeftOut[], warnings: readonly Diagnostic[], folder: string): DataQuality {
  const prefix = folder === '.' || folder === '' ? '' : `${folder.replace(/\/$/, '')}/`;
  const within = (place: string): string => (prefix !== '' && place.startsWith(prefix) ? place.slice(prefix.length) : place);
  return {
    leftOut: leftOut.map((d) => ({
      action: d.action,
      entity: d.entity,
      label: d.label,
      field: d.field ?? null,
      value: d.value ?? null,
      place: within(placeOf(d.location)),
      code: d.code,
    })),
    likelyDuplicates: warnings
      .filter((d) => d.code === 'likely-duplicate')
      .map((d) => ({
        name: String(d.args['name']),
        place: within(placeOf(d.location)),
        other: String(d.args['other']),
        otherPlace: within(String(d.args['first'])),
        reason: d.args['reason'] as DuplicateReason,
        keep: String(d.args['keep']),
      })),
  };
}
