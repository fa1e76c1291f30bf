import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { citeWordDraft } from '../../../shared/cite/wordDraft';
import type { DraftEngine } from '../../../shared/cite/citeDraft';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const document = (body: string) =>
  `<?xml version="1.0"?><w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`;
const parts = (body: string) => ({
  document: document(body),
  footnotes: null,
  styles: null,
  contentTypes: '<Types><Default Extension="xml" ContentType="application/xml"/></Types>',
  documentRels: '<Relationships></Relationships>',
});

/** An engine that shows which source each citation named, in a note style or not. */
const engine =
  (note: boolean) =>
  (cited: { id: string; title: string }[]): DraftEngine => ({
    note,
    sequence: (cites) => cites.map((c) => `<i>${c.map((x) => x.id).join('+')}</i>`),
    bibliography: () => cited.map((s) => `Entry for ${s.title}`),
  });
const library = (key: string) => (key === 'known' ? { id: 'S1', title: 'Known & Co' } : undefined);

describe('citations typed in a Word draft', () => {
  it('finds a marker Word split over runs and keeps each run’s properties around it', () => {
    const body =
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Strikes [@kn</w:t></w:r><w:r><w:t xml:space="preserve">own, p. 3] spread.</w:t></w:r></w:p>';
    const done = citeWordDraft(parts(body), library, engine(false));
    expect(done.citations).toBe(1);
    const xml = done.parts.document!;
    expect(XMLValidator.validate(xml)).toBe(true);
    // The citation takes the bold of the run it starts in, with its italics; the rest stays.
    expect(xml).toContain(
      '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Strikes </w:t></w:r><w:r><w:rPr><w:b/><w:i/><w:iCs/></w:rPr><w:t xml:space="preserve">S1</w:t></w:r>',
    );
    expect(xml).toContain('<w:t xml:space="preserve"> spread.</w:t>');
    // No Heading1 style in the draft: the heading is set in bold.
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>References</w:t></w:r>');
    expect(xml).toContain('Entry for Known &amp; Co');
    expect(xml.indexOf('Entry for')).toBeLessThan(xml.indexOf('<w:sectPr>'));
  });

  it('adds a footnotes part, with its content type and relationship, when the draft has none', () => {
    const body = '<w:p><w:r><w:t>A claim [@known]. Another [@unknown].</w:t></w:r></w:p>';
    const done = citeWordDraft(parts(body), library, engine(true));
    expect(done.notes).toBe(1);
    expect(done.unknownKeys).toEqual(['unknown']);
    expect(done.parts.document).toContain(
      'A claim.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
    );
    expect(done.parts.document).toContain(' Another [@unknown].');
    expect(XMLValidator.validate(done.parts.footnotes!)).toBe(true);
    expect(done.parts.footnotes).toMatch(/<w:footnote w:id="1">.*<w:footnoteRef\/>.*S1/);
    expect(done.parts.contentTypes).toContain('PartName="/word/footnotes.xml"');
    expect(done.parts.documentRels).toContain('Target="footnotes.xml"');
  });

  it('leaves a draft without markers as it was', () => {
    const body = '<w:p><w:r><w:t>Nothing cited; mail me@example.org.</w:t></w:r></w:p>';
    const done = citeWordDraft(parts(body), library, engine(true));
    expect(done.parts).toEqual({});
  });
});
