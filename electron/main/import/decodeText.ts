import { part, refusal, type Refusal, type RefusalPart } from '../../../shared/import/refusalWords';
import { countedWarning, warning } from '../../../shared/import/warningWords';

/** Text read from a file's bytes, with what the writer should know about how it was read. */
export type DecodedText = { text: string; warnings: string[] } | { refused: Refusal };

const MAGIC: [bytes: number[], what: RefusalPart][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (a Word or OpenDocument file, perhaps)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office file (.doc)'],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Bytes that Windows-1251 uses for Cyrillic letters, Ё/ё, Ukrainian letters, dashes and quotes. */
function isCp1251Text(byte: number): boolean {
  return (
    byte >= 0xc0 ||
    [0xa8, 0xb8, 0xaa, 0xba, 0xaf, 0xbf, 0xb2, 0xb3, 0x96, 0x97, 0xab, 0xbb, 0x85, 0xb9].includes(
      byte,
    )
  );
}

/**
 * A legacy single-byte file: Windows-1251 when its high bytes are mostly Cyrillic letters and
 * make up a good part of its letters (Russian prose is nearly all high bytes), else Windows-1252.
 */
function legacyEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) {
      high++;
      if (isCp1251Text(byte)) cyrillic++;
    } else if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) latin++;
  }
  return cyrillic >= high * 0.9 && high >= (high + latin) * 0.3 ? 'windows-1251' : 'windows-1252';
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Reads a text file whatever it was saved as: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a mark, or a legacy Windows code page; a file that is mostly UTF-8 with some broken
 * bytes is read as UTF-8 with replacement characters and a warning, never refused for it.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { refused: refusal('it is empty') };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  const magic = MAGIC.find(([prefix]) => startsWith(bytes, prefix));
  if (magic) return { refused: refusal('it is {{kind}}, not text', { kind: part(magic[1]) }) };
  if (bytes.subarray(0, 65536).includes(0))
    return { refused: refusal('it is a binary file, not text') };

  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const broken = countReplacement(utf8);
  if (broken === 0) return { text: utf8, warnings: [] };
  // Real multi-byte characters beside the broken bytes: a UTF-8 file damaged here and there.
  const multiByte = [...utf8].filter((ch) => ch > '\u007f' && ch !== '\uFFFD').length;
  if (multiByte > 0) {
    return {
      text: utf8,
      warnings: [
        countedWarning(
          '1 byte sequence was not valid UTF-8 and shows as �',
          '{{count}} byte sequences were not valid UTF-8 and show as �',
          broken,
        ),
      ],
    };
  }
  const encoding = legacyEncoding(bytes);
  return {
    text: new TextDecoder(encoding).decode(bytes),
    warnings: [
      warning(
        encoding === 'windows-1251'
          ? 'read as Windows-1251 (Cyrillic): the file is not UTF-8'
          : 'read as Windows-1252 (Western): the file is not UTF-8',
      ),
    ],
  };
}
