import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlNestingDepth } from '../../../../shared/import/htmlDepth';
import { repoRoot } from '../../../helpers/corpus';

describe('htmlNestingDepth', () => {
  it('counts nested elements, not void ones, comments or scripts', () => {
    expect(htmlNestingDepth('<div><section><p>a</p></section></div>')).toBe(2);
    expect(htmlNestingDepth('<div><img src=x><br><hr/><span>a</span></div>')).toBe(2);
    expect(htmlNestingDepth('<!-- <div><div><div> --><script>"<div><div>"</script><b>x</b>')).toBe(
      1,
    );
  });

  it('does not take a page with unclosed paragraphs and list items for a deep one', () => {
    const sloppy = `<ul>${'<li>item'.repeat(5000)}</ul>${'<p>para'.repeat(5000)}`;
    expect(htmlNestingDepth(sloppy)).toBe(1);
  });

  it('finds a saved page shallow and a pathological one deep', () => {
    const page = readFileSync(join(repoRoot, 'tests/fixtures/import/saved-page.html'), 'utf8');
    expect(htmlNestingDepth(page)).toBeLessThan(30);
    expect(htmlNestingDepth(`${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}`)).toBe(50_000);
  });
});
