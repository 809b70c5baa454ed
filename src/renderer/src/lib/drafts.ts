// The text a student is editing in a challenge survives a reload: kept in localStorage per study
// item until the challenge is graded.
const PREFIX = 'kubedeck.draft.';

export function loadDraft(itemKey: string): string | undefined {
  try {
    return localStorage.getItem(PREFIX + itemKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(itemKey: string, text: string): void {
  try {
    localStorage.setItem(PREFIX + itemKey, text);
  } catch {
    // Storage full or unavailable: the draft lasts as long as the page.
  }
}

export function clearDraft(itemKey: string): void {
  try {
    localStorage.removeItem(PREFIX + itemKey);
  } catch {
    // Nothing to clear.
  }
}
