import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/main/import/decodeText';
import {
  WARNING_TEXTS,
  countedWarning,
  readWarning,
  warning,
} from '../../../../shared/import/warningWords';
import { serviceCode } from '../../../helpers/serviceCode';

describe('what an import warns of', () => {
  it('says one or many as English counts them', () => {
    const said = (n: number) =>
      countedWarning(
        '1 line of site furniture (menus, buttons, links) removed; they are kept with the source and listed in its details',
        '{{count}} lines of site furniture (menus, buttons, links) removed; they are kept with the source and listed in its details',
        n,
      );
    expect(said(1)).toMatch(/^1 line of site furniture/);
    expect(said(64)).toMatch(/^64 lines of site furniture/);
  });

  it('is read back into its text and values, as the window words it', () => {
    const sentence = warning('{{path}} could not be read ({{detail}}); left out', {
      path: 'OEBPS/ch 3.xhtml',
      detail: 'unexpected end (line 4)',
    });
    expect(readWarning(sentence)).toEqual({
      text: '{{path}} could not be read ({{detail}}); left out',
      values: { path: 'OEBPS/ch 3.xhtml', detail: 'unexpected end (line 4)' },
    });
    // A reader's own sentence, from a file with broken bytes beside real UTF-8.
    const decoded = decodeText(Buffer.from([0x61, 0xc3, 0xa9, 0xff, 0x62, 0xfe]));
    if (!('warnings' in decoded)) throw new Error('refused');
    expect(decoded.warnings.map((w) => readWarning(w)?.text)).toEqual([
      '{{count}} byte sequences were not valid UTF-8 and show as �',
    ]);
    expect(readWarning('something no reader says')).toBeNull();
  });

  it('has each of its texts used by a reader', () => {
    const code = serviceCode('warningWords.ts');
    expect(WARNING_TEXTS.filter((text) => !code.includes(`'${text}'`))).toEqual([]);
  });
});
