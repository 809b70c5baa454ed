// Where the charts put their shapes: what a student sees as columns and calendar squares.
import { describe, expect, it } from 'vitest';
import { BAR_CHART, heatmapCells, HEATMAP_CELL, stackedBars } from '../../../src/shared/stats/charts';

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
