import type Fuse from 'fuse.js';

/** fuse.js's class, handed in: it loads with the first search, not with the library. */
export type FuseClass = typeof Fuse;
import type { Range } from '../markRanges';
import type { Candidate, MatchKeys } from '../index/searchIndex';
import type { ParsedQuery } from '../query/parseQuery';
import type { Folder } from '../fold/folder';
import { tokenize, type Token } from '../tokenize';

export interface RankedHit {
  candidate: Candidate;
  text: string;
  tokens: Token[];
  /** 0 is a perfect match, 1 none (fuse.js's scale). */
  score: number;
  marks: Range[];
}

/** How many of the best candidates fuse.js re-ranks; beyond them the index's order stands. */
export const RERANK_WINDOW = 40;

function words(tokens: Token[]): Token[] {
  return tokens.filter((t) => !t.compound);
}

/** Where each phrase stands in the text, as spans; null when one of them is missing. */
function phraseSpans(tokens: Token[], phrases: string[][]): Range[] | null {
  const sequence = words(tokens);
  const spans: Range[] = [];
  for (const phrase of phrases) {
    let found = false;
    for (let i = 0; i + phrase.length <= sequence.length; i++) {
      if (phrase.every((key, k) => sequence[i + k]!.key === key)) {
        spans.push([sequence[i]!.start, sequence[i + phrase.length - 1]!.end]);
        found = true;
      }
    }
    if (!found) return null;
  }
  return spans;
}

// Words every passage has: marked only beside a word of the query ("Ivan the Terrible"), or
// where the query has nothing else, never each "the" of a passage.
const FUNCTION_WORD =
  /^(?:the|a|an|and|or|of|in|on|at|to|for|by|with|from|as|is|was|are|were|be|been|it|its|that|this|but|not|no|le|la|les|de|des|du|et|der|die|das|und|el|los|las|y|en)$/u;

/** The words of a text that match the query's words, function words only beside the others. */
function wordMarks(tokens: readonly Token[], keys: MatchKeys): Range[] {
  const sequence = tokens.filter((t) => !t.compound);
  const matched = sequence.map((t) => keys.has(t.key) || !!t.stems?.some((k) => keys.has(k)));
  const content = sequence.map((t, i) => matched[i]! && !FUNCTION_WORD.test(t.key));
  const anyContent = content.some(Boolean);
  return sequence
    .filter(
      (t, i) =>
        matched[i] &&
        (content[i] || !anyContent || content[i - 1] === true || content[i + 1] === true),
    )
    .map((t): Range => [t.start, t.end]);
}

/**
 * Checks phrases against the candidates' texts, marks the words that matched (in whatever
 * spelling the text uses), and lets fuse.js re-rank the best few on their folded words.
 */
export function selectHits(
  query: ParsedQuery,
  candidates: readonly Candidate[],
  textOf: (candidate: Candidate) => string,
  keys: MatchKeys,
  fuse: FuseClass,
  folder: Folder,
): RankedHit[] {
  const hits: RankedHit[] = [];
  for (const candidate of candidates) {
    const text = textOf(candidate);
    const tokens = tokenize(text, folder);
    const spans = phraseSpans(tokens, query.phrases);
    if (spans === null) continue;
    const marks: Range[] = [...spans, ...wordMarks(tokens, keys)];
    // A compound ("Alma-Ata") is marked whole when it is what matched.
    for (const t of tokens) if (t.compound && keys.has(t.key)) marks.push([t.start, t.end]);
    hits.push({
      candidate,
      text,
      tokens,
      score: 1 - candidate.score,
      marks: marks.sort((a, b) => a[0] - b[0]),
    });
  }
  return rerank(query, hits, fuse);
}

function rerank(query: ParsedQuery, hits: RankedHit[], Fuse: FuseClass): RankedHit[] {
  const window = hits.slice(0, RERANK_WINDOW);
  const pattern = [...query.terms, ...query.phrases.flat()].join(' ').slice(0, 64);
  const fuse = new Fuse(
    window.map((h) => ({
      folded: h.tokens.map((t) => t.key).join(' '),
    })),
    {
      keys: ['folded'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 1,
      ignoreFieldNorm: false,
    },
  );
  const fuseScore = new Map<number, number>();
  for (const r of fuse.search(pattern)) fuseScore.set(r.refIndex, r.score ?? 1);
  const reranked = window
    .map((hit, i) => ({ ...hit, score: 0.6 * hit.score + 0.4 * (fuseScore.get(i) ?? 1) }))
    .sort((a, b) => a.score - b.score);
  // Hits past the window keep their order, after the re-ranked ones.
  const floor = reranked.length ? reranked[reranked.length - 1]!.score : 0;
  return [
    ...reranked,
    ...hits.slice(RERANK_WINDOW).map((h) => ({ ...h, score: Math.max(h.score, floor) })),
  ];
}
