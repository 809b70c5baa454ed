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

export const LINE_CHART = { width: 480, height: 170, left: 44, right: 24, bottom: 24, top: 10 } as const;

/** One line of a dated chart: values at instants (epoch ms). */
export interface DatedSeries {
  kind: string;
  points: readonly { at: number; value: number }[];
}

export interface LineChart {
  /** Per series, in their order: the polyline's points and a dot per value (`index` into the series' points). */
  lines: { kind: string; points: string; dots: { index: number; x: number; y: number }[] }[];
  /** Dates under the axis, evenly spread from the first value to the last; a label equal to the previous one is left out. */
  xTicks: { at: number; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  /** Levels of the horizontal grid lines. */
  yTicks: { value: number; y: number }[];
}

export interface LineScale {
  /** Bottom and top of the value axis. */
  min: number;
  max: number;
  /** Levels that get a grid line and a label. */
  levels: readonly number[];
  /** How many dates to write at most under the axis. */
  dateTicks: number;
  /** How a date is written (the caller's locale). */
  dateLabel: (at: number) => string;
}

/**
 * Lines over time: x is the date (two values a week apart sit further apart than two on the same
 * day), y the value between `min` and `max`; every series shares the time axis. A single instant
 * is drawn in the middle.
 */
export function datedLines(series: readonly DatedSeries[], scale: LineScale, box = LINE_CHART): LineChart {
  const times = series.flatMap((s) => s.points.map((point) => point.at));
  const from = Math.min(...times);
  const to = Math.max(...times);
  const plotLeft = box.left;
  const plotRight = box.width - box.right;
  const xOf = (at: number) => (times.length === 0 || to === from ? (plotLeft + plotRight) / 2 : plotLeft + ((at - from) * (plotRight - plotLeft)) / (to - from));
  const span = Math.max(1e-9, scale.max - scale.min);
  const yOf = (value: number) => box.height - box.bottom - ((Math.min(scale.max, Math.max(scale.min, value)) - scale.min) * (box.height - box.bottom - box.top)) / span;
  const lines = series.map((s) => {
    const dots = s.points.map((point, index) => ({ index, x: xOf(point.at), y: yOf(point.value) }));
    return { kind: s.kind, points: dots.map((dot) => `${dot.x},${dot.y}`).join(' '), dots };
  });
  const xTicks: LineChart['xTicks'] = [];
  if (times.length > 0) {
    const count = to === from ? 1 : Math.max(2, scale.dateTicks);
    for (let i = 0; i < count; i++) {
      const at = count === 1 ? from : from + ((to - from) * i) / (count - 1);
      const label = scale.dateLabel(at);
      if (xTicks.at(-1)?.label === label) continue;
      const anchor = count === 1 ? 'middle' : i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle';
      xTicks.push({ at, x: xOf(at), label, anchor });
    }
  }
  return { lines, xTicks, yTicks: scale.levels.map((value) => ({ value, y: yOf(value) })) };
}
