import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../electron/main/cite/exchangeFormats';

describe('BibTeX as Dossier writes it', () => {
  const page = {
    id: 's1',
    type: 'webpage',
    title: 'Harbour pilots end their strike',
    URL: 'https://example.org/pilots',
    issued: { 'date-parts': [[2019, 11, 18]] },
    author: [{ family: 'Varga', given: 'Ines' }],
  };
  const written = toBibtex([page]);

  it('writes the month as BibTeX’s macro, the whole date in ISO form, and the address once', () => {
    expect(written).toMatch(/^\tmonth = nov,$/m);
    expect(written).toMatch(/^\tdate = \{2019-11-18\},$/m);
    expect(written.match(/https:\/\/example\.org\/pilots/g)).toHaveLength(1);
    expect(written).not.toMatch(/month = \{nov 18\}/);
  });

  it('is read back with its day by a biblatex reader, without Dossier’s own record', () => {
    const plain = written.replace(/^\tx-dossier-csl = .*\n/m, '');
    const [item] = new Cite(plain, { forceType: '@biblatex/text' }).data as {
      issued?: { 'date-parts': number[][] };
      URL?: string;
    }[];
    expect(item?.issued?.['date-parts']?.[0]).toEqual([2019, 11, 18]);
    expect(item?.URL).toBe('https://example.org/pilots');
  });
});
