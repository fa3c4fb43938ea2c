// A workbook's merged cells, read from each sheet's XML after its cells
// (exceljs's streaming reader leaves them out), from a workbook openpyxl wrote.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { mergedRanges } from '../../../src/io/sheet-merges.js';

describe('mergedRanges', () => {
  it('gives each sheet its merged ranges, rows as Excel numbers them and columns from 0', async () => {
    const zip = await JSZip.loadAsync(readFileSync('test/fixtures/spreadsheets/ryhmaotsikot.xlsx'));
    const merges = await mergedRanges(zip);
    expect([...merges.keys()]).toEqual([1]);
    expect(merges.get(1)).toEqual([
      { top: 1, left: 0, bottom: 1, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
      { top: 2, left: 7, bottom: 2, right: 8 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ]);
  });

  it('finds ranges whose tags fall across the stream’s chunks', async () => {
    const zip = new JSZip();
    const rows = Array.from({ length: 20000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
    const cells = Array.from({ length: 3000 }, (_, i) => `<mergeCell ref="B${2 * i + 1}:B${2 * i + 2}"/>`).join('');
    zip.file('xl/worksheets/sheet2.xml', `<worksheet><sheetData>${rows}</sheetData><mergeCells count="3000">${cells}</mergeCells></worksheet>`);
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const merges = (await mergedRanges(loaded)).get(2)!;
    expect(merges).toHaveLength(3000);
    expect(merges[2999]).toEqual({ top: 5999, left: 1, bottom: 6000, right: 1 });
  });
});
