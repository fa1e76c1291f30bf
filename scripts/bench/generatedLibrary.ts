import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prepareImport } from '../../electron/main/import/prepareImport';
import { emptyLibrary } from '../../shared/model/libraryDocument';
import type { SourceRecord } from '../../shared/model/source';
import { seededRandom } from './syntheticArticles';

const repoRoot = join(import.meta.dirname, '../..');
const corpusDir = join(repoRoot, 'tests/fixtures/corpus');

/** Sentences to recombine: the sample corpus the repository carries. */
export function sentencePool(): { sentences: string[]; from: string } {
  const dirs = [corpusDir];
  const sentences = dirs
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, f), 'utf8')),
    )
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 30 && s.length < 400);
  return { sentences, from: 'tests/fixtures/corpus' };
}

export const VARIANTS: string[][] = [
  ['Zhanaozen', 'Janaozen', 'Jazaozen', 'Жанаозен'],
  ['Nazarbayev', 'Nazarbaev', 'Nazabayev', 'Назарбаев'],
  ['Tokayev', 'Tokaev', 'Токаев'],
  ['Mangystau', 'Mangistau', 'Mangystan', 'Мангистау'],
  ['Almaty', 'Alma-Ata', 'Алматы'],
];

function sprinkleVariants(sentence: string, random: () => number): string {
  let out = sentence;
  for (const group of VARIANTS) {
    for (const name of group) {
      if (out.includes(name) && random() < 0.5) {
        out = out.split(name).join(group[Math.floor(random() * group.length)]!);
      }
    }
  }
  return out;
}

export function generatedPassages(count: number, seed = 7): string[] {
  const { sentences } = sentencePool();
  const random = seededRandom(seed);
  const passages: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + Math.floor(random() * 3);
    const picked = Array.from(
      { length: n },
      () => sentences[Math.floor(random() * sentences.length)]!,
    );
    passages.push(sprinkleVariants(picked.join(' '), random));
  }
  return passages;
}

/**
 * A generated text read as Dossier reads an imported file, its normalised text written to the
 * library's texts/ folder: the source record and the text, without the cost of an import.
 */
export async function generatedSource(dir: string, name: string, text: string, now: Date) {
  const prepared = await prepareImport(name, Buffer.from(text));
  if (prepared.kind !== 'ready') throw new Error(`${name}: ${prepared.reason}`);
  await writeFile(join(dir, 'texts', `${prepared.textHash}.txt`), prepared.text);
  return { record: prepared.record(now), text: prepared.text };
}

/**
 * Writes a library folder as Dossier would have after importing the passages, grouped into
 * sources; built directly, since importing 10,000 files one by one would measure the import.
 */
export async function writeGeneratedLibrary(dir: string, passages: string[], perSource = 20) {
  await mkdir(join(dir, 'texts'), { recursive: true });
  const sources: SourceRecord[] = [];
  const now = new Date('2026-01-01T00:00:00Z');
  for (let start = 0; start < passages.length; start += perSource) {
    const body = passages.slice(start, start + perSource);
    const text = [`Generated report ${start / perSource + 1}`, ...body].join('\n\n');
    const { record } = await generatedSource(dir, `report-${start / perSource + 1}.txt`, text, now);
    sources.push(record);
  }
  const doc = { ...emptyLibrary(now), sources };
  await writeFile(join(dir, 'library.json'), JSON.stringify(doc));
  return sources;
}
