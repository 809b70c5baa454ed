import { cleanup, render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD_TYPES } from '../../../src/shared/decks/types';
import { i18n, t } from '../../../src/renderer/src/lib/i18n.svelte';
import CardTypeBadge from '../../../src/renderer/src/components/CardTypeBadge.svelte';

beforeEach(() => {
  i18n.locale = 'en';
});
afterEach(() => cleanup());

describe('CardTypeBadge', () => {
  it('shows each card type by its name beside an icon of its own, the icon hidden from screen readers', () => {
    const drawings = new Set<string>();
    for (const type of CARD_TYPES) {
      const { container } = render(CardTypeBadge, { type });
      const badge = container.querySelector('[data-testid="card-type-badge"]')!;
      const icons = badge.querySelectorAll('svg');
      expect(icons).toHaveLength(1);
      expect(icons[0].getAttribute('aria-hidden')).toBe('true');
      expect(badge.textContent!.trim()).toBe(t(`cardType.${type}`));
      drawings.add(icons[0].innerHTML);
      cleanup();
    }
    expect(drawings.size).toBe(CARD_TYPES.length);
  });

  it('lets a screen reader hear a sentence instead of the bare name', () => {
    const { container } = render(CardTypeBadge, { type: 'mcq', spoken: 'Card type: Multiple choice' });
    const hidden = container.querySelector('.visually-hidden')!;
    expect(hidden.textContent).toBe('Card type: Multiple choice');
    expect(hidden.nextElementSibling!.getAttribute('aria-hidden')).toBe('true');
  });
});
