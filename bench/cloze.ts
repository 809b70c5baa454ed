// The cloze gap scan must stay linear: a deck of unclosed `{{` (the worst case of a lazy regular
// expression) and ten times that, through parseDeck, which checks every cloze card's gaps.
import { parseDeck } from '../src/shared/decks/parse';
import { line, median, ms, timeRuns } from './stats';

const SMALL_KB = 30;
/** 10× input should take about 10× time; quadratic would be about 100×. */
const MAX_RATIO = 20;

function hostileClozeDeck(kb: number): string {
  const text = '{{a}} ' + '{{ '.repeat((kb * 1024) / 3);
  return `format: kubedeck/1\nid: cloze\ntitle: Cloze\nlang: fr\ndescription: d\nsource: s\ncards:\n  - id: c\n    type: cloze\n    source: s\n    text: "${text}"\n`;
}

export async function benchCloze(): Promise<string[]> {
  const small = hostileClozeDeck(SMALL_KB);
  const large = hostileClozeDeck(SMALL_KB * 10);
  const smallTimes = await timeRuns(() => parseDeck(small, 'small.yaml'), 5);
  const largeTimes = await timeRuns(() => parseDeck(large, 'large.yaml'), 5);
  const ratio = median(largeTimes) / median(smallTimes);
  return [
    line(
      `check a cloze card of unclosed gaps, ${SMALL_KB} KB → ${SMALL_KB * 10} KB`,
      `median ${ms(median(smallTimes))} → ${ms(median(largeTimes))}, ×${ratio.toFixed(1)}`,
      `target ×${MAX_RATIO} at most for 10× input (linear ≈ ×10, quadratic ≈ ×100)`,
      ratio < MAX_RATIO,
    ),
  ];
}
