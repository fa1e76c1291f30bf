import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExchangeFile } from '../../../electron/main/cite/exchangeImport';
import { readKindleClippings } from '../../../shared/annotations/kindleClippings';
import { checkCslItem } from '../../../shared/model/cslCheck';
import { codebookFromCsv } from '../../../shared/themes/codebookFiles';
import '../../../renderer/src/i18n/i18n';
import {
  asideText,
  codebookText,
  projectText,
  recordText,
  importLineText,
} from '../../../renderer/src/i18n/wordingText';
import { repoRoot } from '../../helpers/corpus';

// The Russian expected here is the catalogue's own wording put together by hand: what a Russian
// window must show for sentences the readers really write.
describe('what the readers set aside, in a Russian window', () => {
  beforeAll(() => i18next.changeLanguage('ru'));
  afterAll(() => i18next.changeLanguage('en'));

  it('words a clippings file’s left-out line with its count', () => {
    const text = readFileSync(
      join(repoRoot, 'tests/fixtures/highlights/kindle/image_highlights_clippings.txt'),
      'utf8',
    );
    expect(readKindleClippings(text).skipped.map(asideText)).toEqual([
      'пустых выделений: 2; Kindle не хранит слов для выделенной картинки или сверх предела вырезок, заданного издателем.',
    ]);
  });

  it('words a quote that found no place, the reason inside it too, the quote as written', () => {
    expect(
      asideText('“Strikes spread” (page 4) in “Oil Towns”: its words are not in the text.'),
    ).toBe('“Strikes spread” (page 4) в «Oil Towns»: этих слов нет в тексте.');
  });

  it('words a reference set aside: the record by its place, the reason the check gave', () => {
    const read = readExchangeFile(
      '@article{good, title={Fine}, year=2020}\n\n@article{broken, title={Never {closed}, year=2021\n',
      'bibtex',
    );
    expect(read.setAside.map(importLineText)).toEqual([
      'запись broken (строка 3) отложена: её фигурные скобки не закрываются',
    ]);
    const checked = checkCslItem({ type: 'book', title: 'T', author: 'Smith' });
    if (!checked.ok) throw new Error('refused');
    expect(importLineText(`record 2 (smith “T”): ${checked.repairs[0]}`)).toBe(
      'запись 2 (smith «T»): author был текстом; сохранён как одно имя как есть',
    );
  });

  it('words a codebook row and its reason, and a project’s place', () => {
    const read = codebookFromCsv('name,color\nclans,mauve-ish\n');
    expect(read.setAside.map((s) => `${codebookText(s.where)}: ${codebookText(s.reason)}`)).toEqual(
      ['строка 2: «mauve-ish» — не цвет; цвет не задан'],
    );
    expect(projectText('“Interview 3”: it is a picture source; Dossier holds texts')).toBe(
      '«Interview 3»: это источник типа picture; Dossier хранит тексты',
    );
  });

  it('words a record set aside at open, keeping the schema’s own words', () => {
    expect(
      projectText('1 link between sources not read: Dossier links only comments to their article.'),
    ).toBe(
      '1 связь между источниками не прочитана: Dossier связывает только комментарии с их статьёй.',
    );
    expect(recordText('its details: it is not a usable CSL-JSON item (title: Invalid input)')).toBe(
      'его сведения: это непригодная запись CSL-JSON (title: Invalid input)',
    );
  });

  it('keeps a sentence of no known shape as written', () => {
    expect(asideText('A reader said something new.')).toBe('A reader said something new.');
  });
});
