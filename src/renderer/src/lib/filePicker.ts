// File pickers are visually hidden inputs inside a button-like label. Browsers open them on Space
// only; Enter should too, as on every other button.
export function openPickerOnEnter(event: KeyboardEvent & { currentTarget: HTMLInputElement }): void {
  if (event.key !== 'Enter' || event.ctrlKey || event.altKey || event.metaKey) return;
  event.preventDefault();
  event.currentTarget.click();
}
