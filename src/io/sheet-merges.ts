// The merged cells of a workbook's sheets. exceljs's streaming reader skips
// them (4.4: its `mergeCell` case does nothing), so each sheet's XML is read a
// second time, unpacked as a stream, for its `<mergeCells>`, which Excel
// writes after the cells (ECMA-376 Part 1, 18.3.1.55). Only the text after
// `</sheetData>` is searched; the rest only passes through the inflater.
import type JSZip from 'jszip';

/** A merged range: its first and last row as Excel numbers them, its first and last column from 0 (A). */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Each worksheet's merged ranges, by the number of its part (xl/worksheets/sheetN.xml). */
export async function mergedRanges(zip: JSZip): Promise<Map<number, MergedRange[]>> {
  const found = new Map<number, MergedRange[]>();
  for (const name of Object.keys(zip.files)) {
    const part = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (!part) continue;
    const ranges = await rangesOf(zip.files[name]!);
    if (ranges.length > 0) found.set(Number(part[1]), ranges);
  }
  return found;
}

/** JSZip's own stream of an entry's content (documented, though missing from its types). */
interface Streamable {
  internalStream(type: 'uint8array'): StreamHelper;
}
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (e: Error) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  resume(): StreamHelper;
}

const SHEET_DATA_END = '</sheetData>';
/** Longer than any `<mergeCell ref="XFD1048576:XFD1048576"/>`. */
const MAX_TAG = 256;
/** Merged ranges read from one sheet at most: no sheet a person keeps has more. */
const MAX_RANGES = 100_000;
const MERGE_CELL = /<mergeCell\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g;

async function rangesOf(entry: JSZip.JSZipObject): Promise<MergedRange[]> {
  const ranges: MergedRange[] = [];
  // Before </sheetData> the bytes are only searched, never decoded: the cells are most of a sheet.
  let before: Buffer | null = Buffer.alloc(0);
  let carry = '';
  const decoder = new TextDecoder();
  const take = (chunk: Uint8Array): void => {
    let text: string;
    if (before !== null) {
      const bytes: Buffer = Buffer.concat([before, chunk]);
      const end = bytes.indexOf(SHEET_DATA_END);
      if (end === -1) {
        // The tag may be cut between two chunks: keep what could be its start.
        before = bytes.subarray(Math.max(0, bytes.length - SHEET_DATA_END.length));
        return;
      }
      before = null;
      text = decoder.decode(bytes.subarray(end), { stream: true });
    } else {
      text = carry + decoder.decode(chunk, { stream: true });
    }
    // Whole tags now; a tag cut at the end of the chunk waits for the next one (a mergeCell tag is short: a "tag" that never ends is dropped).
    const cut = text.lastIndexOf('<');
    const complete = cut > text.lastIndexOf('>') ? text.slice(0, cut) : text;
    collect(complete, ranges);
    carry = text.slice(complete.length);
    if (carry.length > MAX_TAG) carry = '';
  };
  await new Promise<void>((resolve, reject) => {
    (entry as unknown as Streamable).internalStream('uint8array').on('data', take).on('error', reject).on('end', resolve).resume();
  });
  collect(carry, ranges);
  return ranges;
}

function collect(text: string, ranges: MergedRange[]): void {
  for (const m of text.matchAll(MERGE_CELL)) {
    if (ranges.length >= MAX_RANGES) return;
    const left = column(m[1]!);
    const top = Number(m[2]);
    ranges.push({ top, left, bottom: m[4] === undefined ? top : Number(m[4]), right: m[3] === undefined ? left : column(m[3]) });
  }
}

/** A → 0, Z → 25, AA → 26. */
function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
