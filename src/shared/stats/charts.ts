// Where the statistics charts put their shapes, in SVG units: the components draw what these
// return (no inline style, so the strict CSP has nothing to refuse).

export interface Series {
  kind: string;
  name: string;
  values: readonly number[];
}

export const BAR_CHART = { width: 600, height: 180, left: 36, bottom: 20, top: 8 } as const;

export interface BarChart {
  /** The tallest column's total (at least 1): the top of the axis. */
  max: number;
  /** Width of one column. */
  step: number;
  bars: { key: string; kind: string; x: number; y: number; width: number; height: number }[];
  /** Indexes of the labels written under the axis: the first, the middle and the last. */
  ticks: number[];
}

/** Stacked bars: one column per label, the series stacked bottom up in their order; empty values draw nothing. */
export function stackedBars(labels: readonly string[], series: readonly Series[], box = BAR_CHART): BarChart {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = (box.width - box.left) / Math.max(1, labels.length);
  const scale = (value: number) => (value * (box.height - box.bottom - box.top)) / max;
  const bars = labels.flatMap((_, i) => {
    let base = box.height - box.bottom;
    return series.flatMap((s) => {
      const height = scale(s.values[i] ?? 0);
      if (height <= 0) return [];
      base -= height;
      return [{ key: `${s.kind}-${i}`, kind: s.kind, x: box.left + i * step + step * 0.1, y: base, width: Math.max(1, step * 0.8), height }];
    });
  });
  const ticks = labels.length === 0 ? [] : [...new Set([0, Math.floor(labels.length / 2), labels.length - 1])];
  return { max, step, bars, ticks };
}

export const HEATMAP_CELL = 11;

/** A calendar heat-map: a column per week (Monday first), a row per weekday, a level 0–4 from the day's count. */
export function heatmapCells<Day extends { start: number; count: number }>(days: readonly Day[], cell = HEATMAP_CELL) {
  const max = Math.max(1, ...days.map((day) => day.count));
  const firstWeekday = days.length ? (new Date(days[0].start).getDay() + 6) % 7 : 0;
  const cells = days.map((day, i) => {
    const slot = firstWeekday + i;
    const level = day.count === 0 ? 0 : Math.min(4, Math.ceil((day.count / max) * 4));
    return { day, x: Math.floor(slot / 7) * cell, y: (slot % 7) * cell, level };
  });
  return { cells, width: (Math.floor((firstWeekday + days.length - 1) / 7) + 1) * cell, height: 7 * cell };
}
