/**
 * F6 and Shift+F6 move focus from pane to pane (library, the open view, inspector), as in
 * desktop mail and reference managers, so the keyboard need not Tab through every toolbar
 * button to reach the sources.
 */
const PREFERRED = [
  '.source-list [tabindex="0"]',
  '.reader-page',
  'input, select, textarea, button, [href], [tabindex="0"]',
];

function focusInto(pane: HTMLElement): void {
  for (const selector of PREFERRED) {
    const target = pane.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus();
      return;
    }
  }
  pane.tabIndex = -1;
  pane.focus();
}

export function cyclePanes(e: KeyboardEvent): void {
  if (e.key !== 'F6') return;
  const panes = [...document.querySelectorAll<HTMLElement>('.panes .pane')];
  if (!panes.length) return;
  e.preventDefault();
  const at = panes.findIndex((p) => p.contains(document.activeElement));
  const step = e.shiftKey ? -1 : 1;
  const next = at === -1 ? 0 : (at + step + panes.length) % panes.length;
  focusInto(panes[next]!);
}
