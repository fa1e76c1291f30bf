/**
 * Words that introduce a chapter's number in the languages writers cite in most; a heading
 * that is only a number ("4", "IV.", "4. The Counterpane") counts too.
 */
const CHAPTER_WORDS = [
  'chapter',
  'chap',
  'ch',
  'kapitel',
  'chapitre',
  'capítulo',
  'capitulo',
  'capitolo',
  'hoofdstuk',
  'rozdział',
  'kapitola',
  'fejezet',
  'luku',
  'bölüm',
  'bab',
  'глава',
  'розділ',
  'тарау',
  'κεφάλαιο',
  'פרק',
  'الفصل',
];

const NUMBER = String.raw`(\d{1,4}|[IVXLCDM]{1,9}(?![\p{L}]))`;
const WORDED = new RegExp(
  String.raw`^(?:${CHAPTER_WORDS.join('|')})\.?\s+${NUMBER}(?=$|[\s.:,;—–-])`,
  'iu',
);
// Alone, or set off by a stop or a dash: "1984 and After" and "I Remember" are titles.
const BARE = new RegExp(String.raw`^${NUMBER}(?=$|[.:](?:\s|$)|\s*[—–-])`, 'u');
// East Asian books number chapters inside the word: 第3章, 第三章.
const EAST_ASIAN = /^第\s*([0-9０-９一二三四五六七八九十百千]+)\s*[章回]/u;

/**
 * The number a chapter's heading gives it, as written ("3", "IV", "三"), or null when the
 * heading names no number ("Etymology", "Epilogue", "Part Two"): a locator says "chap. N" only
 * when the book itself numbers the chapter so.
 */
export function chapterNumber(heading: string): string | null {
  const text = heading.trim();
  const match = WORDED.exec(text) ?? BARE.exec(text) ?? EAST_ASIAN.exec(text);
  return match?.[1] ?? null;
}
