// Where the charts put their shapes: what a student sees as columns and calendar squares.
import { describe, expect, it } from 'vitest';
import { BAR_CHART, datedLines, heatmapCells, HEATMAP_CELL, LINE_CHART, stackedBars } from '../../../src/shared/stats/charts';

describe('stacked bars', () => {
  const plot = BAR_CHART.height - BAR_CHART.bottom - BAR_CHART.top;
  it('stack each day’s series bottom up, the tallest column reaching the top, empty values drawing nothing', () => {
    const chart = stackedBars(['lun.', 'mar.', 'mer.'], [
      { kind: 'review', name: 'Révisions', values: [2, 0, 1] },
      { kind: 'new', name: 'Nouvelles', values: [2, 0, 0] },
    ]);
    expect(chart.max).toBe(4);
    expect(chart.bars.map((bar) => bar.key)).toEqual(['review-0', 'new-0', 'review-2']);
    const [review, fresh] = chart.bars;
    expect(review.y + review.height).toBe(BAR_CHART.height - BAR_CHART.bottom);
    expect(fresh.y + fresh.height).toBeCloseTo(review.y);
    expect(fresh.y).toBeCloseTo(BAR_CHART.top);
    expect(chart.bars[2].height).toBeCloseTo(plot / 4);
    expect(chart.bars[2].x).toBeGreaterThan(review.x + 2 * chart.step - 1);
  });

  it.each([
    [[], []],
    [['a'], [0]],
    [['a', 'b'], [0, 1]],
    [['a', 'b', 'c', 'd', 'e'], [0, 2, 4]],
  ])('label the first, middle and last columns of %j', (labels, ticks) => {
    expect(stackedBars(labels, []).ticks).toEqual(ticks);
  });

  it('draw an empty chart without dividing by zero', () => {
    const chart = stackedBars(['a'], [{ kind: 'review', name: 'R', values: [0] }]);
    expect(chart).toMatchObject({ max: 1, bars: [] });
  });
});

describe('calendar heat-map', () => {
  const day = (date: string, count: number) => ({ start: new Date(`${date}T04:00:00`).getTime(), count });
  it('puts Monday in the first row and each week in its own column, darker for more answers', () => {
    // 2026-12-02 is a Wednesday.
    const { cells, width, height } = heatmapCells([day('2026-12-02', 0), day('2026-12-03', 1), day('2026-12-06', 8), day('2026-12-07', 4)]);
    expect(cells.map((cell) => [cell.x / HEATMAP_CELL, cell.y / HEATMAP_CELL, cell.level])).toEqual([
      [0, 2, 0],
      [0, 3, 1],
      [0, 4, 4],
      [0, 5, 2],
    ]);
    expect(height).toBe(7 * HEATMAP_CELL);
    expect(width).toBe(HEATMAP_CELL);
  });
});

describe('dated lines', () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2026, 5, 1, 9);
  const scale = { min: 0, max: 100, levels: [0, 50, 100], dateTicks: 3, dateLabel: (at: number) => new Date(at).toISOString().slice(5, 10) };
  const plotLeft = LINE_CHART.left;
  const plotRight = LINE_CHART.width - LINE_CHART.right;

  it('place values by date on one time axis for every series, and by value from the bottom up', () => {
    const chart = datedLines(
      [
        { kind: 'exam', points: [{ at: start, value: 0 }, { at: start + 8 * DAY, value: 100 }] },
        { kind: 'quiz', points: [{ at: start + 2 * DAY, value: 50 }] },
      ],
      scale,
    );
    const [exam, quiz] = chart.lines;
    expect(exam.dots.map((dot) => dot.x)).toEqual([plotLeft, plotRight]);
    expect(quiz.dots[0].x).toBeCloseTo(plotLeft + (plotRight - plotLeft) / 4);
    expect(exam.dots[0].y).toBe(LINE_CHART.height - LINE_CHART.bottom);
    expect(exam.dots[1].y).toBe(LINE_CHART.top);
    expect(quiz.dots[0].y).toBeCloseTo((LINE_CHART.height - LINE_CHART.bottom + LINE_CHART.top) / 2);
    expect(exam.points).toBe(`${plotLeft},${LINE_CHART.height - LINE_CHART.bottom} ${plotRight},${LINE_CHART.top}`);
    expect(chart.xTicks.map((tick) => [tick.label, tick.anchor])).toEqual([['06-01', 'start'], ['06-05', 'middle'], ['06-09', 'end']]);
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([0, 50, 100]);
  });

  it('write a date once when the values fall on the same day, and put a single instant in the middle', () => {
    const sameDay = datedLines([{ kind: 'quiz', points: [{ at: start, value: 10 }, { at: start + 3_600_000, value: 20 }] }], scale);
    expect(sameDay.xTicks.map((tick) => tick.label)).toEqual(['06-01']);
    const single = datedLines([{ kind: 'exam', points: [{ at: start, value: 70 }] }, { kind: 'quiz', points: [] }], scale);
    expect(single.lines[0].dots[0].x).toBe((plotLeft + plotRight) / 2);
    expect(single.xTicks).toEqual([{ at: start, x: (plotLeft + plotRight) / 2, label: '06-01', anchor: 'middle' }]);
    expect(datedLines([], scale).xTicks).toEqual([]);
  });
});
