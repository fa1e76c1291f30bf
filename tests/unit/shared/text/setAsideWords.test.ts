import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../../electron/main/cite/exchangeImport';
import { ASIDE_TEXTS, readAside } from '../../../../shared/annotations/asideWords';
import { readKindleClippings } from '../../../../shared/annotations/kindleClippings';
import { readReadwiseCsv } from '../../../../shared/annotations/readwiseCsv';
import { checkJournalEntry } from '../../../../shared/history/journalEntryCheck';
import { REFERENCE_TEXTS, readReferenceWords } from '../../../../shared/import/referenceWords';
import { PROJECT_TEXTS, readProjectWords } from '../../../../shared/interchange/projectWords';
import { checkCslItem } from '../../../../shared/model/cslCheck';
import { RECORD_TEXTS, readRecordWords } from '../../../../shared/model/recordWords';
import {
  codebookFromCsv,
  codebookFromQdc,
  whyNoTheme,
} from '../../../../shared/themes/codebookFiles';
import { CODEBOOK_TEXTS, readCodebookWords } from '../../../../shared/themes/codebookWords';
import { inEnglish } from '../../../../shared/text/wording';
import { repoRoot } from '../../../helpers/corpus';
import { serviceCode } from '../../../helpers/serviceCode';

const kindle = (name: string) =>
  readFileSync(join(repoRoot, 'tests/fixtures/highlights/kindle', name), 'utf8');

describe('what the readers set aside, and why', () => {
  it('reads a real clippings file’s lines back into their texts and counts', () => {
    const skipped = readKindleClippings(kindle('image_highlights_clippings.txt')).skipped;
    expect(skipped.map(readAside)).toEqual([
      {
        text: "{{count}} empty highlights: Kindle keeps no words for a highlighted image, or past the publisher's clipping limit.",
        values: { count: '2' },
      },
    ]);
    const widened = readKindleClippings(kindle('issue_3_example.txt')).skipped;
    expect(widened.map((s) => readAside(s)?.text)).toEqual([
      '{{count}} highlights the writer later widened: kept once, as the wider one.',
    ]);
  });

  it('says one and many as English counts them', () => {
    const csv = (rows: number) =>
      ['Highlight,Book Title', ...Array.from({ length: rows }, () => ',A Book')].join('\n');
    expect(readReadwiseCsv(csv(1)).skipped).toEqual(['1 row without a highlight or a title.']);
    expect(readReadwiseCsv(csv(3)).skipped).toEqual(['3 rows without a highlight or a title.']);
  });

  it('reads a codebook file’s places and reasons back, a nameless code by its parent', () => {
    const csv = codebookFromCsv(
      'name,color,shade\nlabour,#ff0000,x\n,#00ff00,\nclans,mauve-ish,\n',
    );
    expect(
      csv.setAside.map((s) => [readCodebookWords(s.where), readCodebookWords(s.reason)]),
    ).toEqual([
      [
        { text: 'row {{row}}', values: { row: '3' } },
        { text: 'it has no name', values: {} },
      ],
      [
        { text: 'row {{row}}', values: { row: '4' } },
        { text: '“{{value}}” is not a colour; none was set', values: { value: 'mauve-ish' } },
      ],
    ]);
    expect(csv.notes.map(readCodebookWords)).toEqual([
      { text: 'Columns not read: {{columns}}.', values: { columns: 'shade' } },
    ]);
    const qdc = codebookFromQdc(
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="a" name="Work"><Code guid="b" name=""/></Code><Code guid="c"/></Codes></CodeBook>',
    );
    expect(qdc.setAside.map((s) => readCodebookWords(s.where))).toEqual([
      { text: 'code {{number}} under “{{parent}}”', values: { number: '1', parent: 'Work' } },
      { text: 'code {{number}} of the codebook', values: { number: '2' } },
    ]);
  });

  it('words why no theme could be read as one message, each reason inside it', () => {
    const none = codebookFromCsv('title\nlabour\n');
    const why = whyNoTheme(none.setAside);
    expect(inEnglish(why)).toBe('the header: there is no “name” column');
    expect(why).toEqual({
      text: '{{where}}: {{reason}}',
      values: {
        where: { text: 'the header', values: {} },
        reason: { text: 'there is no “name” column', values: {} },
      },
    });
    expect(inEnglish(whyNoTheme([]))).toBe('the file is empty');
  });

  it('reads a reference file’s set-aside line back, its record named as in the file', () => {
    const read = readExchangeFile(
      '@article{good, title={Fine}, year=2020}\n\n@article{broken, title={Never {closed}, year=2021\n',
      'bibtex',
    );
    const line = readReferenceWords(read.setAside[0]!);
    expect(line?.text).toBe('{{label}} was set aside: {{reason}}');
    expect(readReferenceWords(line!.values.label as string)).toEqual({
      text: 'entry {{key}} (line {{line}})',
      values: { key: 'broken', line: '3' },
    });
    expect(readReferenceWords(line!.values.reason as string)?.text).toBe('its braces never close');
  });

  it('reads a record check’s repair and reason back', () => {
    const repaired = checkCslItem({ type: 'article', title: 'T', author: 'Smith, John' });
    if (!repaired.ok) throw new Error('refused');
    expect(repaired.repairs.map(readRecordWords)).toEqual([
      { text: '{{field}} was text; kept as one literal name', values: { field: 'author' } },
    ]);
    const refused = checkCslItem(['not', 'an', 'item']);
    if (refused.ok) throw new Error('taken');
    expect(readRecordWords(refused.reason)?.text).toBe('it is not a CSL-JSON item (an object)');
    const journal = checkJournalEntry({ sources: 'everything' });
    if (journal.ok) throw new Error('taken');
    expect(readRecordWords(journal.reason)).toEqual({
      text: '{{collection}} is not a list',
      values: { collection: 'sources' },
    });
  });

  it('reads none of a sentence no reader says', () => {
    for (const read of [
      readAside,
      readCodebookWords,
      readProjectWords,
      readRecordWords,
      readReferenceWords,
    ])
      expect(read('something no reader says')).toBeNull();
  });

  it('has each of its texts used by a reader', () => {
    const lists = {
      'asideWords.ts': ASIDE_TEXTS,
      'codebookWords.ts': CODEBOOK_TEXTS,
      'projectWords.ts': PROJECT_TEXTS,
      'recordWords.ts': RECORD_TEXTS,
      'referenceWords.ts': REFERENCE_TEXTS,
    };
    for (const [file, texts] of Object.entries(lists)) {
      const code = serviceCode(file);
      expect(
        texts.filter((text) => !code.includes(`'${text}'`) && !code.includes(`"${text}"`)),
        file,
      ).toEqual([]);
    }
  });
});
