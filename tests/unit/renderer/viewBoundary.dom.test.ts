// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewBoundary } from '../../../renderer/src/common/ViewBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Broken({ what }: { what: string }): never {
  throw new Error(`cannot read properties of ${what}`);
}
const Fine = () => createElement('p', null, 'the library list');

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('ViewBoundary', () => {
  it('shows a failing view’s error in its place and keeps the rest of the window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const view = (key: string, child: ReturnType<typeof createElement>) =>
      createElement(
        'div',
        null,
        createElement(ViewBoundary, { name: 'The library', children: createElement(Fine) }),
        createElement(ViewBoundary, { name: 'The reader', resetKey: key, children: child }),
      );
    await act(async () => root.render(view('a', createElement(Broken, { what: 'undefined' }))));
    expect(container.textContent).toContain('the library list');
    const alert = container.querySelector('[role=alert]')!;
    expect(alert.getAttribute('aria-label')).toBe('The reader failed');
    expect(alert.textContent).toContain('cannot read properties of undefined');

    // Choosing another source draws the view again.
    await act(async () => root.render(view('b', createElement('p', null, 'another source'))));
    expect(container.querySelector('[role=alert]')).toBeNull();
    expect(container.textContent).toContain('another source');
    await act(async () => root.unmount());
  });

  it('keeps a failing toolbar control to one line in its place, beside the controls that work', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        createElement(
          'header',
          null,
          createElement(ViewBoundary, {
            name: 'Search',
            inline: true,
            children: createElement(Broken, { what: 'an invalid date' }),
          }),
          createElement(Fine),
        ),
      ),
    );
    expect(container.textContent).toContain('the library list');
    const alert = container.querySelector('[role=alert]')!;
    expect(alert.tagName).toBe('SPAN');
    expect(alert.textContent).toContain(
      'Search failed (cannot read properties of an invalid date)',
    );
  });
});
