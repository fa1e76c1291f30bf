import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../../shared/model/libraryRecords';

// A shared library's highlight as sync signs it, and a brief with the writer's figure edits.
const highlight = {
  id: 'h1',
  sourceId: 's1',
  themeIds: ['labour'],
  note: '',
  anchor: { start: 0, end: 5, exact: 'Nurse', prefix: '', suffix: 's walked out' },
  createdAt: '2024-03-12T09:00:00.000Z',
  by: 'writer-key',
  sig: 'c2lnbmF0dXJl',
};
const brief = {
  id: 'b1',
  title: 'Strikes',
  themeIds: ['labour'],
  sourceIds: null,
  style: 'chicago-author-date',
  order: 'date',
  figureEdits: { f1: { dropped: true }, f2: { counts: 'nurses on strike' } },
  createdAt: '2024-03-12T09:00:00.000Z',
  updatedAt: '2024-03-12T09:00:00.000Z',
};

describe('a record read from disk is checked in the fields sync and briefs add', () => {
  it('takes a signed highlight and a brief with figure edits as they are', () => {
    expect(checkRecord('highlights', highlight)).toMatchObject({ ok: true, record: highlight });
    expect(checkRecord('briefs', brief)).toMatchObject({ ok: true, record: brief });
  });

  it('sets aside a highlight whose signature or signer is not text, and says which field', () => {
    expect(checkRecord('highlights', { ...highlight, sig: 42 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^sig: /),
    });
    expect(checkRecord('highlights', { ...highlight, by: null })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^by: /),
    });
  });

  it('sets aside a brief whose figure edit is not an edit', () => {
    expect(checkRecord('briefs', { ...brief, figureEdits: { f1: 'dropped' } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^figureEdits\.f1: /),
    });
  });
});
