import JSZip from 'jszip';

/** Two coders' project, as a team using another tool exports one: who coded what is kept. */
export async function twoCoderProject() {
  const paragraphs = [
    'We were paid late every month.',
    'The union called a meeting.',
    'Nobody came from the company.',
    'We went home after dark.',
  ];
  const text = paragraphs.join('\n\n');
  const span = (i: number) => {
    const start = Array.from(text.slice(0, text.indexOf(paragraphs[i]!))).length;
    return `startPosition="${start}" endPosition="${start + Array.from(paragraphs[i]!).length}"`;
  };
  const ana = 'A0A0A0A0-0000-4000-8000-000000000001';
  const ben = 'B0B0B0B0-0000-4000-8000-000000000002';
  const pay = '6F0B1A52-0000-4000-8000-000000000010';
  const coding = (n: number, user: string) =>
    `<Coding guid="6F0B1A52-0000-4000-8000-0000000001${n}0" creatingUser="${user}"><CodeRef targetGUID="${pay}"/></Coding>`;
  // Ana codes paragraphs 1 and 2 as Pay, Ben 1 and 3: they agree on 1 (coded) and 4 (not).
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="MAXQDA 24">
  <Users><User guid="${ana}" name="Ana"/><User guid="{${ben.toLowerCase()}}" name="Ben"/></Users>
  <CodeBook><Codes><Code guid="${pay}" name="Pay" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="6F0B1A52-0000-4000-8000-0000000000A1" name="Interview 1" plainTextPath="internal://i1.txt">
      <PlainTextSelection guid="6F0B1A52-0000-4000-8000-0000000000B1" ${span(0)}>${coding(1, ana)}${coding(2, ben)}</PlainTextSelection>
      <PlainTextSelection guid="6F0B1A52-0000-4000-8000-0000000000B2" ${span(1)} creatingUser="${ana}">${coding(3, ana)}</PlainTextSelection>
      <PlainTextSelection guid="6F0B1A52-0000-4000-8000-0000000000B3" ${span(2)}>${coding(4, ben)}</PlainTextSelection>
    </TextSource>
  </Sources>
</Project>`;
  const zip = new JSZip();
  zip.file('project.qde', qde);
  zip.file('sources/i1.txt', text);
  return { bytes: await zip.generateAsync({ type: 'nodebuffer' }), paragraphs };
}
