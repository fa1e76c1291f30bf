/**
 * Where the writer was in each source: the passage at the top of the reader, kept in this
 * window's storage, so a reload (or coming back to the source) opens it there, as a
 * reference manager's reader does.
 */
const key = (sourceId: string) => `dossier:reading-position:${sourceId}`;

/** The passage at the top of the pane: the first whose bottom is below the pane's top. */
export function rememberPosition(pane: HTMLElement, sourceId: string): void {
  const top = pane.getBoundingClientRect().top;
  const passages = pane.querySelectorAll<HTMLElement>('[data-passage-id]');
  for (const passage of passages) {
    if (passage.getBoundingClientRect().bottom > top + 1) {
      try {
        localStorage.setItem(key(sourceId), passage.dataset.passageId!);
      } catch {
        // Storage full or off: the position is a convenience, not the writer's work.
      }
      return;
    }
  }
}

/** Scrolls the pane back to the passage the writer had at its top; false if none is known. */
function storedPosition(sourceId: string): string | null {
  try {
    return localStorage.getItem(key(sourceId));
  } catch {
    return null;
  }
}

export function restorePosition(pane: HTMLElement, sourceId: string): boolean {
  const passageId = storedPosition(sourceId);
  if (!passageId) return false;
  const passage = pane.querySelector<HTMLElement>(`[data-passage-id="${CSS.escape(passageId)}"]`);
  if (!passage) return false;
  pane.scrollTop += passage.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  return true;
}
