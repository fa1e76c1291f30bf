import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { ok, upload } from '../helpers/apiCalls';
import { archivePerTest } from '../helpers/archivePerTest';
import { repoRoot } from '../helpers/corpus';
import { officialStyleXml } from '../helpers/officialStyles';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

const library = archivePerTest();

/** The official locale files Dossier carries, read as files: what citeproc-js is given. */
const localeXml = (tag: string) =>
  readFileSync(join(repoRoot, 'electron/main/cite/cslLocales', `locales-${tag}.xml`), 'utf8');

/** A chapter in an edited book: editors, a publisher and a full date, which locales word. */
const CHAPTER = {
  type: 'chapter',
  title: 'The strike at the port',
  'container-title': 'Labour in the twentieth century',
  author: [{ family: 'Okafor', given: 'Ada' }],
  editor: [{ family: 'Keller', given: 'Anna' }],
  publisher: 'Northern Press',
  'publisher-place': 'Leeds',
  page: '12-40',
  issued: { 'date-parts': [[2021, 3, 5]] },
};

/** citeproc-js run directly on the official style and locale: the expected citation. */
function direct(styleId: string, tag: string, form: 'bibliography' | 'in-text'): string {
  const item = { id: 'x', ...CHAPTER };
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang: string) => {
        try {
          return localeXml(lang);
        } catch {
          return null;
        }
      },
      retrieveItem: () => item,
    },
    officialStyleXml(styleId),
    tag,
    true,
  );
  engine.setOutputFormat('text');
  engine.updateItems(['x']);
  if (form === 'bibliography') {
    const made = engine.makeBibliography();
    if (!made) throw new Error('no bibliography');
    return made[1].join('').trim();
  }
  return engine.makeCitationCluster([{ id: 'x' }]).trim();
}

async function chapterSource() {
  const a = await library();
  const files = [
    upload('chapter.txt', 'The strike at the port\n\nA paragraph.'),
    upload('chapter.csl.json', JSON.stringify(CHAPTER)),
  ];
  const [outcome] = ok(await a.api.importFiles({ files })).results;
  if (outcome?.status !== 'imported') throw new Error(JSON.stringify(outcome));
  return { a, id: outcome.source.id };
}

describe('citing in the writer’s language', () => {
  for (const tag of ['ru-RU', 'de-DE', 'fr-FR']) {
    it(`cites in ${tag} as citeproc-js does with the official locale`, async () => {
      const { a, id } = await chapterSource();
      for (const [style, cslId] of [
        ['apa', 'apa'],
        ['chicago-note', 'chicago-fullnote-bibliography'],
      ] as const) {
        const entry = ok(
          await a.api.cite({ sourceId: id, style, form: 'bibliography', locale: tag }),
        );
        expect(entry.text).toBe(direct(cslId, tag, 'bibliography'));
      }
      const inText = ok(
        await a.api.cite({ sourceId: id, style: 'apa', form: 'in-text', locale: tag }),
      );
      expect(inText.text).toBe(direct('apa', tag, 'in-text'));
    });
  }

  it('words an edited book in the language: "Hrsg." in German, "Ред." in Russian, not "Ed."', async () => {
    const { a, id } = await chapterSource();
    const cite = async (locale?: string) =>
      ok(
        await a.api.cite({
          sourceId: id,
          style: 'apa',
          form: 'bibliography',
          ...(locale ? { locale } : {}),
        }),
      ).text;
    expect(await cite()).toContain('(Ed.)');
    expect(await cite('de')).toContain('(Hrsg.)');
    expect(await cite('ru')).toContain('В A. Keller (Ред.)');
  });

  it('keeps the library’s language for every citation until it is changed back', async () => {
    const { a, id } = await chapterSource();
    ok(await a.api.setWriterRules({ citationLocale: 'de' }));
    expect(ok(await a.api.citationLocales({})).chosen).toBe('de-DE');
    const bib = ok(await a.api.bibliography({ sourceIds: [id], style: 'apa' }));
    expect(bib.entries[0]!.text).toBe(direct('apa', 'de-DE', 'bibliography'));
    // Asked for one citation, another language wins over the library's.
    const french = ok(
      await a.api.cite({ sourceId: id, style: 'apa', form: 'bibliography', locale: 'fr-FR' }),
    );
    expect(french.text).toBe(direct('apa', 'fr-FR', 'bibliography'));
    ok(await a.api.setWriterRules({ citationLocale: null }));
    const english = ok(await a.api.bibliography({ sourceIds: [id], style: 'apa' }));
    expect(english.entries[0]!.text).toContain('(Ed.)');
  });

  it('refuses a language it has no locale for, naming those it has (there is no Kazakh one)', async () => {
    const { a, id } = await chapterSource();
    const result = await a.api.cite({ sourceId: id, style: 'apa', form: 'in-text', locale: 'kk' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Dossier has no citation locale for “kk”\. .*ru-RU/);
    const set = await a.api.setWriterRules({ citationLocale: 'kk-KZ' });
    expect(set.ok).toBe(false);
  });

  it('takes --locale on the command line', async () => {
    const lib = await tempDir();
    const dir = await tempDir();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'chapter.txt'), 'The strike at the port\n\nA paragraph.');
    await writeFile(join(dir, 'chapter.csl.json'), JSON.stringify(CHAPTER));
    expect((await dossier(['import', join(dir, 'chapter.txt'), '--library', lib])).code).toBe(0);
    const bib = await dossier(['bib', '--style', 'apa', '--locale', 'de-DE', '--library', lib]);
    expect(bib.code).toBe(0);
    expect(bib.out.trim()).toBe(direct('apa', 'de-DE', 'bibliography'));
  });
});
