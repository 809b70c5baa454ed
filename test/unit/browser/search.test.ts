import { describe, expect, it } from 'vitest';
import { indexRow, parseSearch, search, SearchError, type BrowserRow } from '../../../src/shared/browser/search';
import { sortRows, visibleRange } from '../../../src/shared/browser/rows';

const DAY = 86_400_000;
const dayEnd = Date.UTC(2026, 0, 10, 4);

function row(key: string, extra: Partial<BrowserRow> = {}): BrowserRow {
  return {
    key, deckId: 'services', deckTitle: 'Réseau et Services', cardId: key, type: 'basic', tags: [], text: '',
    state: 'new', interval: 0, stability: 0, difficulty: 0, lapses: 0, reps: 0, leech: false, ...extra,
  };
}

const rows: BrowserRow[] = [
  row('a', { text: 'Quel plugin CNI fournit les NetworkPolicy ?', tags: ['cni::calico'], deckId: 'cni', deckTitle: 'Plugins CNI' }),
  row('b', { text: 'Un Service ClusterIP répond sur une IP virtuelle', tags: ['services'], state: 'review', due: dayEnd - DAY / 2, interval: 4, lapses: 3, reps: 9, stability: 4.5 }),
  row('c', { text: 'Le PersistentVolume est réclamé par un PVC', tags: ['stockage'], type: 'cloze', state: 'suspended', due: dayEnd + 2 * DAY, lapses: 1, deckId: 'storage', deckTitle: 'Stockage' }),
  row('d', { text: 'Écrire une Ingress', tags: ['services', 'ingress'], type: 'yaml-fix', state: 'buried', due: dayEnd + 5 * DAY, leech: true }),
  row('e', { text: 'Le kube-proxy programme iptables', tags: ['services'], state: 'learning', due: dayEnd - 3 * DAY, reps: 2 }),
];
const index = rows.map(indexRow);
const keys = (query: string) => search(parseSearch(query), index, dayEnd).map((r) => r.key);
function errorOf(query: string): { code: string; position: number } {
  try {
    parseSearch(query);
  } catch (error) {
    if (error instanceof SearchError) return { code: error.code, position: error.position };
    throw error;
  }
  throw new Error(`${query} parsed`);
}

describe('browser search', () => {
  it('an empty query keeps every card', () => {
    expect(keys('')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(keys('   ')).toHaveLength(5);
  });

  it('free text ignores accents and case, and quotes keep spaces', () => {
    expect(keys('reclame')).toEqual(['c']);
    expect(keys('ECRIRE')).toEqual(['d']);
    expect(keys('"ip virtuelle"')).toEqual(['b']);
    expect(keys('ip virtuelle')).toEqual(['b']);
    expect(keys('virtuelle ip')).toEqual(['b']);
    expect(keys('"virtuelle ip"')).toEqual([]);
  });

  it('deck: matches the id or the title, with * as a wildcard', () => {
    expect(keys('deck:storage')).toEqual(['c']);
    expect(keys('deck:stockage')).toEqual(['c']);
    expect(keys('deck:"reseau et services"')).toEqual(['b', 'd', 'e']);
    expect(keys('deck:plug*')).toEqual(['a']);
    expect(keys('deck:stor')).toEqual([]);
  });

  it('tag: matches whole tags and their children', () => {
    expect(keys('tag:services')).toEqual(['b', 'd', 'e']);
    expect(keys('tag:cni')).toEqual(['a']);
    expect(keys('tag:cni::calico')).toEqual(['a']);
    expect(keys('tag:ing*')).toEqual(['d']);
    expect(keys('tag:serv')).toEqual([]);
  });

  it('type: and is: select on the card type and the state', () => {
    expect(keys('type:cloze')).toEqual(['c']);
    expect(keys('type:yaml-fix')).toEqual(['d']);
    expect(keys('is:new')).toEqual(['a']);
    expect(keys('is:suspended')).toEqual(['c']);
    expect(keys('is:buried')).toEqual(['d']);
    expect(keys('is:leech')).toEqual(['d']);
    expect(keys('is:learn')).toEqual(['e']);
    expect(keys('is:review')).toEqual(['b']);
    // Due today or late, and not set aside.
    expect(keys('is:due')).toEqual(['b', 'e']);
  });

  it('prop: compares due in days from today, interval, lapses, reviews, stability', () => {
    expect(keys('prop:due<=0')).toEqual(['b', 'e']);
    expect(keys('prop:due=0')).toEqual(['b']);
    expect(keys('prop:due<0')).toEqual(['e']);
    expect(keys('prop:due<=3')).toEqual(['b', 'c', 'e']);
    expect(keys('prop:due>=3')).toEqual(['c', 'd']);
    expect(keys('prop:lapses>2')).toEqual(['b']);
    expect(keys('prop:lapses!=0')).toEqual(['b', 'c']);
    expect(keys('prop:ivl>=4')).toEqual(['b']);
    expect(keys('prop:reps<5')).toEqual(['a', 'c', 'd', 'e']);
    expect(keys('prop:stability>4.2')).toEqual(['b']);
  });

  it('juxtaposition is AND, or is OR, parentheses group, - negates', () => {
    expect(keys('tag:services is:buried')).toEqual(['d']);
    expect(keys('tag:services and is:buried')).toEqual(['d']);
    expect(keys('is:new or is:suspended')).toEqual(['a', 'c']);
    expect(keys('is:new OR is:suspended')).toEqual(['a', 'c']);
    expect(keys('tag:services (is:buried or is:learn)')).toEqual(['d', 'e']);
    // AND binds tighter than OR.
    expect(keys('tag:services is:buried or type:cloze')).toEqual(['c', 'd']);
    expect(keys('-tag:services')).toEqual(['a', 'c']);
    expect(keys('-(is:new or tag:services)')).toEqual(['c']);
    expect(keys('--is:new')).toEqual(['a']);
    expect(keys('-tag:cni')).toEqual(['b', 'c', 'd', 'e']);
  });

  it('errors name what is wrong and the column', () => {
    expect(errorOf('tag:services "ip')).toEqual({ code: 'unclosedQuote', position: 13 });
    expect(errorOf('is:new (tag:a')).toEqual({ code: 'unclosedParen', position: 7 });
    expect(errorOf('is:new )')).toEqual({ code: 'unexpectedParen', position: 7 });
    expect(errorOf('()')).toEqual({ code: 'emptyGroup', position: 0 });
    expect(errorOf('is:new or')).toEqual({ code: 'danglingOr', position: 7 });
    expect(errorOf('or is:new')).toEqual({ code: 'danglingOr', position: 0 });
    expect(errorOf('is:new or or tag:a')).toEqual({ code: 'danglingOr', position: 7 });
    expect(errorOf('tag:a -')).toEqual({ code: 'danglingNot', position: 6 });
    expect(errorOf('(-)')).toEqual({ code: 'danglingNot', position: 1 });
    expect(errorOf('is:new tag:')).toEqual({ code: 'emptyValue', position: 11 });
    expect(errorOf('is:sleeping')).toEqual({ code: 'unknownIs', position: 3 });
    expect(errorOf('prop:color=3')).toEqual({ code: 'unknownProp', position: 5 });
    expect(errorOf('prop:due<x')).toEqual({ code: 'badProp', position: 8 });
    expect(errorOf('prop:lapses')).toEqual({ code: 'badProp', position: 11 });
  });
});

describe('browser table', () => {
  it('sorts by any column both ways, new items after scheduled ones by due', () => {
    expect(sortRows(rows, 'due', false).map((r) => r.key)).toEqual(['e', 'b', 'c', 'd', 'a']);
    expect(sortRows(rows, 'lapses', true).map((r) => r.key)).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(sortRows(rows, 'deck', false).map((r) => r.key)).toEqual(['a', 'b', 'd', 'e', 'c']);
    expect(sortRows(rows, 'reviews', true)[0].key).toBe('b');
  });

  it('renders only the rows on screen and a few around them', () => {
    expect(visibleRange(0, 400, 40, 50_000)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(40_000, 400, 40, 50_000)).toEqual({ start: 995, end: 1015 });
    expect(visibleRange(1_999_800, 400, 40, 50_000)).toEqual({ start: 49_990, end: 50_000 });
  });
});
