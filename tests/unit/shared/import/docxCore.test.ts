import { describe, expect, it } from 'vitest';
import { docxCoreMetadata } from '../../../../shared/import/docxCore';

// docProps/core.xml as Word writes it (ECMA-376 Part 2, Open Packaging Conventions: core
// properties in the cp, dc and dcterms namespaces).
const core = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${inner}</cp:coreProperties>`;

describe("a Word file's document properties", () => {
  it('give the title, the authors (Word parts them with ";") and the date created', () => {
    const { metadata, warning } = docxCoreMetadata(
      core(
        '<dc:title>Harbour &amp; Docks</dc:title><dc:creator>Ann Okafor; Bo Lind</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-03-05T09:00:00Z</dcterms:created>',
      ),
    );
    expect(warning).toBeUndefined();
    expect(metadata).toEqual({
      title: 'Harbour & Docks',
      author: [
        { given: 'Ann', family: 'Okafor' },
        { given: 'Bo', family: 'Lind' },
      ],
      issued: { 'date-parts': [[2021, 3, 5]] },
    });
  });

  it('cost only themselves when they do not parse, and are not read when they declare a DTD', () => {
    const broken = docxCoreMetadata(core('<dc:title>Unclosed'));
    expect(broken.metadata).toEqual({});
    expect(broken.warning).toMatch(/^its document properties could not be read \(/);
    const dtd = docxCoreMetadata(
      `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${core('<dc:title>&a;</dc:title>')}`,
    );
    expect(dtd).toEqual({
      metadata: {},
      warning:
        'its document properties declare a DTD, which Dossier does not read; its title and author were not taken from them',
    });
    expect(docxCoreMetadata(core(''))).toEqual({ metadata: {} });
  });
});
