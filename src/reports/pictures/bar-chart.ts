// A horizontal bar chart as numbers for the SVG template.

export interface BarChart {
  width: number;
  height: number;
  labelWidth: number;
  labelX: number;
  bars: { y: number; width: number; label: string; value: string; colour: string; textY: number; valueX: number }[];
}

const BAR = 22;
const GAP = 8;

export function barChart(rows: readonly { label: string; value: number; text: string; colour: string }[], width = 640): BarChart {
  const labelWidth = 200;
  const plot = width - labelWidth - 70;
  const max = Math.max(1, ...rows.map((r) => r.value));
  return {
    width,
    height: rows.length * (BAR + GAP) + GAP,
    labelWidth,
    labelX: labelWidth - 8,
    bars: rows.map((row, i) => {
      const y = GAP + i * (BAR + GAP);
      const w = Math.round((row.value / max) * plot * 10) / 10;
      return { y, width: w, label: row.label, value: row.text, colour: row.colour, textY: y + BAR / 2 + 5, valueX: labelWidth + w + 6 };
    }),
  };
}
