/** Whether an event happened where the writer types, so keys and pastes are the field's own. */
export const typingIn = (target: EventTarget | null): boolean =>
  target instanceof Element &&
  target.closest('input, textarea, select, [contenteditable]') !== null;
