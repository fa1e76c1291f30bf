// npm run fetch-test-material: the public test sets `npm run bench -- import-quality` scores,
// cloned into test-material/ (not committed; tests/fixtures keeps a small licensed sample).
// DOSSIER_MIRROR=DIR clones from DIR/owner+name/repo instead of GitHub, for offline machines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const sets = [
  ['mozilla/readability', 'readability'],
  ['plk/biblatex', 'biblatex'],
  ['zotero/translators', 'translators'],
  // 181 news and blog pages with each article's body as people marked it (MIT).
  // Only the pages and their truth: the repository's extractor outputs are large.
  [
    'scrapinghub/article-extraction-benchmark',
    'article-extraction-benchmark',
    ['html', 'ground-truth.json', 'LICENSE'],
  ],
];
const root = resolve(import.meta.dirname, '../test-material');
mkdirSync(root, { recursive: true });
for (const [repo, dir, paths] of sets) {
  const target = join(root, dir);
  if (existsSync(target)) {
    console.log(`${dir}: present`);
    continue;
  }
  const mirror = process.env.DOSSIER_MIRROR;
  const from = mirror
    ? `file://${join(mirror, repo.replace('/', '+'), 'repo')}`
    : `https://github.com/${repo}.git`;
  console.log(`${dir}: cloning ${from}`);
  const git = spawnSync('git', ['clone', '--depth', '1', '--quiet', from, target], {
    stdio: 'inherit',
  });
  if (git.status === 0) continue;
  // A mirror may lack a repository's largest files, which a clone then refuses: the parts the
  // benchmark reads are taken out of it whole instead.
  if (!(mirror && paths)) {
    process.exitCode = 1;
    continue;
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const archive = spawnSync(
    'sh',
    ['-c', 'git --git-dir="$0" archive HEAD "$@" | tar -x -C "$TARGET"', from.slice(7), ...paths],
    { stdio: 'inherit', env: { ...process.env, TARGET: target } },
  );
  if (archive.status !== 0) process.exitCode = 1;
}
