import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../../electron/main/archive/archiveService';
import { asUpload, repoRoot, corpusDir } from '../helpers/corpus';
import { querySet, type QueryGroup } from './querySet';
import { openArchive, tempDir } from '../helpers/tempLibrary';

const MIN_RECALL = 0.9;

function libraryFiles(): string[] {
  // The sample corpus adds realistic distractors.
  const dirs = [
    join(repoRoot, 'tests/fixtures/articles'),
    join(repoRoot, 'tests/fixtures/search'),
    corpusDir,
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  );
}

let archive: Archive;

beforeAll(async () => {
  archive = await openArchive(await tempDir('dossier-recall-'));
  const result = await archive.api.importFiles({ files: libraryFiles().map((f) => asUpload(f)) });
  if (!result.ok || result.value.results.some((r) => r.status !== 'imported')) {
    throw new Error('the recall library did not import cleanly');
  }
});

describe('search quality on the labelled query set', () => {
  it(`has at least 40 queries, and recall@10 of at least ${MIN_RECALL} in every group`, async () => {
    expect(querySet.length).toBeGreaterThanOrEqual(40);
    const perGroup = new Map<QueryGroup, { found: number; total: number; missed: string[] }>();
    for (const { group, query, finds } of querySet) {
      const result = await archive.api.search({ query, limit: 10 });
      if (!result.ok) throw new Error(result.error.message);
      const texts = result.value.hits.map((h) => h.text);
      const tally = perGroup.get(group) ?? { found: 0, total: 0, missed: [] };
      for (const target of finds) {
        tally.total++;
        if (texts.some((t) => t.includes(target))) tally.found++;
        else tally.missed.push(`${query} → ${target}`);
      }
      perGroup.set(group, tally);
    }
    const rows = [...perGroup].map(([group, t]) => ({ group, recall: t.found / t.total, ...t }));
    console.log(
      [
        'recall@10 by group:',
        ...rows.map(
          (r) =>
            `  ${r.group.padEnd(18)} ${r.recall.toFixed(2)} (${r.found}/${r.total})${r.missed.length ? `  missed: ${r.missed.join('; ')}` : ''}`,
        ),
      ].join('\n'),
    );
    for (const r of rows)
      expect(r.recall, `${r.group}: missed ${r.missed.join('; ')}`).toBeGreaterThanOrEqual(
        MIN_RECALL,
      );
  });
});
