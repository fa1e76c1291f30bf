// npm run fetch-test-material: the public test sets `npm run bench -- import-quality` scores,
// cloned into test-material/ (not committed; tests/fixtures keeps a small licensed sample).
// DOSSIER_MIRROR=DIR clones from DIR/owner+name/repo instead of GitHub, for offline machines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const sets = [
  ['mozilla/readability', 'readability'],
  ['plk/biblatex', 'biblatex'],
  ['zotero/translators', 'translators'],
];
const root = resolve(import.meta.dirname, '../test-material');
mkdirSync(root, { recursive: true });
for (const [repo, dir] of sets) {
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
  if (git.status !== 0) process.exitCode = 1;
}
