import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../../shared/api/apiClient';
import type { ArchiveHandlers } from '../../../../shared/api/contract';
import { createDirectApi, dispatch } from '../../../../shared/api/dispatch';
import { ArchiveError } from '../../../../shared/api/errors';
import { operationNames } from '../../../../shared/api/operationNames';

function handlers(overrides: Partial<ArchiveHandlers> = {}): ArchiveHandlers {
  // Only the operations these tests call.
  return {
    listSources: async () => [],
    getSource: async ({ id }) => {
      throw new ArchiveError('NOT_FOUND', `No source with id ${id} in this library.`);
    },
    importFiles: async () => ({ results: [] }),
    search: async ({ query }) => ({
      hits: [
        {
          sourceId: 's',
          sourceTitle: 'T',
          passageId: 'p',
          field: 'passage',
          text: query,
          score: 0,
          marks: [],
        },
      ],
      total: 1,
    }),
    ...overrides,
  } as ArchiveHandlers;
}

describe('dispatch', () => {
  it('passes validated input to the handler and wraps the value', async () => {
    const result = await dispatch(handlers(), 'search', { query: 'Janaozen' });
    expect(result).toMatchObject({ ok: true, value: { hits: [{ text: 'Janaozen' }] } });
  });

  it('refuses input the schema rejects, naming the field, without calling the handler', async () => {
    const search = vi.fn();
    const result = await dispatch(handlers({ search }), 'search', { query: 42 });
    expect(search).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toMatch(/query/);
  });

  it('refuses unknown fields', async () => {
    const result = await dispatch(handlers(), 'listSources', { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('carries an ArchiveError as its code and message', async () => {
    const result = await dispatch(handlers(), 'getSource', { id: 'x1' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No source with id x1 in this library.' },
    });
  });

  it('turns any other failure into INTERNAL, reported to the log and not leaked to the page', async () => {
    const log = vi.fn();
    const failing = handlers({
      listSources: async () => {
        throw new Error('/secret/path exploded');
      },
    });
    const result = await dispatch(failing, 'listSources', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!result.ok && result.error.message).not.toMatch(/secret/);
    expect(log).toHaveBeenCalledOnce();
  });
});

describe('adapters over the table', () => {
  it('the direct adapter and a client have one method per operation', async () => {
    const direct = createDirectApi(handlers());
    const invoke = vi.fn(async () => ({ ok: true as const, value: 'v' }));
    const client = createApiClient(invoke);
    for (const name of operationNames) {
      expect(typeof direct[name]).toBe('function');
      expect(typeof client[name]).toBe('function');
    }
    await client.getSource({ id: 'abc' });
    expect(invoke).toHaveBeenCalledWith('getSource', { id: 'abc' });
    expect(await direct.search({ query: 5 as unknown as string })).toMatchObject({ ok: false });
  });
});
