// Card Markdown needs its deck's context (images, language): a view that forgets to provide it
// fails at once instead of showing cards without their images.
import { render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Markdown from '../../../src/renderer/src/components/Markdown.svelte';

describe('deck context', () => {
  it('is required by card Markdown', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(Markdown, { text: '![schéma](images/a.svg)' })).toThrow(/deck context/);
  });
});
