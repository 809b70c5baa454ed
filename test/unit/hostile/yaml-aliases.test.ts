import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../src/shared/decks/parse';
import { ExchangeError } from '../../../src/shared/exchange/errors';
import { parseBundle } from '../../../src/shared/exchange/bundle';
import { findAlias } from '../../../src/shared/yaml/anchors';
import { hostileText } from '../../fixtures/hostile';

describe('YAML aliases in decks and bundles', () => {
  it('refuses a flow-mapping alias bomb (`"id":&a`) before expanding anything', () => {
    const text = hostileText('deck-alias-bomb.yaml');
    const { deck, problems } = parseDeck(text, 'bomb.yaml');
    expect(deck).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'alias-unsupported', line: 3, col: 9 })]);
  });

  it('refuses a bundle with an alias with its position, not a ReferenceError', () => {
    let error: unknown;
    try {
      parseBundle(hostileText('bundle-alias.yaml'), 'class.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ExchangeError);
    expect((error as ExchangeError).params.detail).toMatch(/^class\.yaml:11:5 .*\*d/);
  });

  it('finds aliases as tokens, never inside quoted or block scalars', () => {
    expect(findAlias('a: "*x"\nb: |\n  *y\nc: d*e\n# *z\n')).toBeUndefined();
    expect(findAlias('a: [b, "c]", *d]')).toEqual({ name: 'd', offset: 13 });
  });
});
