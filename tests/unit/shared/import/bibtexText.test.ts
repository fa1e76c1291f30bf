import { describe, expect, it } from 'vitest';
import { bibtexChunks } from '../../../../shared/import/bibtexChunks';
import { biblatexWords, genreWords } from '../../../../shared/import/biblatexKeys';
import { plainFromLatex } from '../../../../shared/import/latexResidue';

describe('splitting a .bib file into entries', () => {
  it('finds each entry with its key and line, braces nested or parenthesised', () => {
    const file = [
      '% a comment line',
      '@string{jomch = {J.~Organomet. Chem.}}',
      '',
      '@article{aksin,',
      '  title = {Effect of {Pd-N} carbenes},',
      '  journaltitle = jomch,',
      '}',
      'Free text between entries is a comment in BibTeX: me@example.org',
      '@book(knuth:ct:a,',
      '  title = {The \\TeX book (first)},',
      ')',
    ].join('\n');
    const chunks = bibtexChunks(file);
    expect(chunks.map((c) => [c.kind, c.key, c.line])).toEqual([
      ['string', '', 2],
      ['entry', 'aksin', 4],
      ['entry', 'knuth:ct:a', 9],
    ]);
    expect(chunks[2]!.text.endsWith(')')).toBe(true);
  });

  it('stops an entry whose braces never close at the next entry, so that one still reads', () => {
    const chunks = bibtexChunks(
      '@article{broken,\n  title = {unclosed,\n}\n@book{fine,\n  title = {Fine},\n}\n',
    );
    expect(chunks.map((c) => [c.key, c.line, c.unclosed ?? false])).toEqual([
      ['broken', 1, true],
      ['fine', 4, false],
    ]);
  });
});

describe('LaTeX a parser leaves behind, as the text it prints', () => {
  it('prints logos and control words as TeX does, eating the space after a control word', () => {
    expect(plainFromLatex('The \\TeX book')).toBe('The TeXbook');
    expect(plainFromLatex('\\TeX: The Program')).toBe('TeX: The Program');
    expect(plainFromLatex('methodology\\hyphen independent')).toBe('methodology-independent');
    expect(plainFromLatex('and\\slash or')).toBe('and/or');
  });

  it('prints quotation macros with quotation marks and other commands as their argument', () => {
    expect(plainFromLatex('the string \\enquote{series} is appended')).toBe(
      'the string “series” is appended',
    );
    expect(plainFromLatex('an \\texttt{article} with \\emph{\\textbf{nested}} commands')).toBe(
      'an article with nested commands',
    );
    expect(plainFromLatex('\\autocap{e}xcerpt in')).toBe('Excerpt in');
    expect(plainFromLatex('\\enquote{\\emph{nested}} quote')).toBe('“nested” quote');
  });

  it('keeps escaped characters and reads spacing symbols as spaces', () => {
    expect(plainFromLatex('Almquist \\& Wiksell, 50\\% off, 5\\,nm')).toBe(
      'Almquist & Wiksell, 50% off, 5 nm',
    );
  });

  it('leaves text without LaTeX exactly as it is', () => {
    expect(plainFromLatex('Tom~& {Jerry}')).toBe('Tom~& {Jerry}');
  });

  it('does not take a command for one of JavaScript’s own object properties', () => {
    expect(plainFromLatex('a \\constructor b')).toBe('a b');
  });
});

describe('biblatex localisation keys', () => {
  // The words are those of biblatex's english.lbx.
  it('prints type and location keys as words', () => {
    expect(genreWords('phdthesis')).toBe('PhD thesis');
    expect(genreWords('Techreport')).toBe('Technical report');
    expect(genreWords('Doctoral dissertation')).toBe('Doctoral dissertation');
    expect(biblatexWords('countryfr and countryuk')).toBe('France; United Kingdom');
    expect(biblatexWords('Oxford')).toBe('Oxford');
  });
});
