// The Firefox build of the extension, checked by Mozilla's own linter (web-ext lint, the checks
// addons.mozilla.org runs), since Firefox itself cannot run on these machines.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';

describe('the Firefox extension', () => {
  it('passes web-ext lint with no error, warning or notice', async () => {
    const sourceDir = join(repoRoot, 'extension/dist/firefox');
    if (!existsSync(join(sourceDir, 'manifest.json')))
      throw new Error('The extension is not built: run npm run build:extension');
    const result = await webExt.cmd.lint(
      { sourceDir, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false },
      { shouldExitProgram: false },
    );
    const said = (list: { code: string; message: string; file?: string }[]) =>
      list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect({
      errors: said(result.errors),
      warnings: said(result.warnings),
      notices: said(result.notices),
    }).toEqual({ errors: [], warnings: [], notices: [] });
  });
});
