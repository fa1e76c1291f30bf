import { describe, expect, it } from 'vitest';
import type { ArchiveHandlers } from '../../../../shared/api/contract';
import { dispatch } from '../../../../shared/api/dispatch';
import { ERROR_TEXTS, errorWords } from '../../../../shared/api/errorWords';
import { ArchiveError } from '../../../../shared/api/errors';
import { serviceCode } from '../../../helpers/serviceCode';

describe('an error the service words', () => {
  it('answers its English and its wording, for the CLI and the window', async () => {
    const handlers = {
      createTheme: async () => {
        throw new ArchiveError(
          'INVALID_INPUT',
          errorWords('There is already a theme named “{{name}}”.', { name: 'clans' }),
        );
      },
    } as unknown as ArchiveHandlers;
    expect(await dispatch(handlers, 'createTheme', { name: 'clans' })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'There is already a theme named “clans”.',
        words: {
          text: 'There is already a theme named “{{name}}”.',
          values: { name: 'clans' },
        },
      },
    });
  });

  it('keeps an error given as English only as it was', async () => {
    const handlers = {
      listSources: async () => {
        throw new ArchiveError('NOT_FOUND', 'Not here.');
      },
    } as unknown as ArchiveHandlers;
    expect(await dispatch(handlers, 'listSources', {})).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Not here.' },
    });
  });

  it('lists only texts the code uses', () => {
    const code = serviceCode('errorWords.ts');
    // A text with an apostrophe is written in double quotes.
    const used = (text: string) => code.includes(`'${text}'`) || code.includes(`"${text}"`);
    expect(ERROR_TEXTS.filter((text) => !used(text))).toEqual([]);
  });
});
