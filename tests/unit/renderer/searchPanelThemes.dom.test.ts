// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArchiveApi } from '../../../shared/api/contract';
import type { ThemeView } from '../../../shared/api/types';
import { ApiContext } from '../../../renderer/src/api/ApiContext';
import { SearchPanel } from '../../../renderer/src/search/SearchPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

// Searching answers nothing: only the field and its chips are looked at.
const api = new Proxy(
  {},
  {
    get: () => async () => ({ ok: true, value: { hits: [], total: 0 } }),
  },
) as unknown as ArchiveApi;

const casualties = { id: 't-cas', name: 'casualties', color: '#aa0000' } as ThemeView;

describe('SearchPanel', () => {
  it('makes a chip of a theme typed before the library’s themes had arrived', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const panel = (themes: ThemeView[]) =>
      createElement(
        ApiContext.Provider,
        { value: api },
        createElement(SearchPanel, { sources: [], themes, onOpen: () => {}, closeKey: 'v' }),
      );
    await act(async () => root.render(panel([])));
    const field = container.querySelector('input')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    await act(async () => {
      setValue.call(field, 'theme:casualties killed');
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // No theme of that name yet: the words stay as typed.
    expect(field.value).toBe('theme:casualties killed');
    await act(async () => root.render(panel([casualties])));
    expect(field.value).toBe('killed');
    expect(
      container.querySelector('[aria-label="Remove filter Theme: casualties"]'),
    ).not.toBeNull();
    await act(async () => root.unmount());
  });
});
