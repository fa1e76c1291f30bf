import { describe, expect, it } from 'vitest';
import { risRecords } from '../../../../shared/import/risRecords';

describe('reading RIS records', () => {
  it('accepts a TY line with one space around the dash, as some programs write it', () => {
    const [record] = risRecords('TY - JOUR\nTI - A title\nER -\n');
    expect(record!.text).toBe('TY  - JOUR\nTI  - A title\nER  - ');
    expect(record!.line).toBe(1);
  });

  it('reads A1 and AU as the same primary authors, in their order', () => {
    const [record] = risRecords('TY  - JOUR\nA1  - Georgiev, Danko\nAU  - Bello, Leon\nER  - \n');
    expect(record!.text.split('\n').filter((l) => l.startsWith('AU'))).toEqual([
      'AU  - Georgiev, Danko',
      'AU  - Bello, Leon',
    ]);
  });

  it('sets a translated title and its authors apart from the title and the authors', () => {
    const [record] = risRecords(
      'TY  - BOOK\nTI  - Title\nAU  - Name1, Author\nTT  - Translated Title\nTA  - Author, Translated\nER  - \n',
    );
    expect(record).toMatchObject({
      translatedTitle: 'Translated Title',
      translatedAuthors: ['Author, Translated'],
    });
    expect(record!.text).not.toMatch(/^T[TA]/m);
  });

  it('moves a DOI written in M3 to DO instead of printing it as the genre', () => {
    const [record] = risRecords('TY  - JOUR\nM3  - doi: 10.3109/07434618.2014.906498\nER  - \n');
    expect(record!.text).toBe('TY  - JOUR\nDO  - 10.3109/07434618.2014.906498\nER  - ');
  });

  it('numbers records by the line their TY is on, CRLF or not', () => {
    const records = risRecords(
      'TY  - JOUR\r\nTI  - One\r\nER  - \r\n\r\nTY  - BOOK\r\nTI  - Two\r\nER  - \r\n',
    );
    expect(records.map((r) => r.line)).toEqual([1, 5]);
  });
});
