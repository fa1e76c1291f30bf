/** The work an annotation made in another tool belongs to, as that tool names it. */
export interface ForeignWork {
  title: string;
  /** Names as the tool printed them ("Lewis, Michael", "Eckhart Tolle"). */
  authors: string[];
  url?: string;
  /** What the work is in CSL's terms: a Kindle book, a web page annotated in Hypothesis. */
  type: 'book' | 'webpage';
}

/**
 * One highlight or note made in another reader, in one shape whatever the tool: the words
 * highlighted (empty for a note on the whole work), the writer's note, and where it stood.
 */
export interface ForeignAnnotation {
  work: ForeignWork;
  quote: string;
  /** Text just before and after the quote, where the tool kept it (W3C text-quote selector). */
  prefix?: string;
  suffix?: string;
  note: string;
  tags: string[];
  /** The printed page, where the tool gives one: the locator it is cited by. */
  page?: number;
  /** The tool's own place ("location 1406–1407"), kept as the writer knew it. */
  place?: string;
  createdAt?: string;
}

/** What a file of annotations held: the annotations, and what was left out, each with why. */
export interface ReadAnnotations {
  /** The tool, as a writer would name it ("Kindle clippings"). */
  tool: string;
  annotations: ForeignAnnotation[];
  skipped: string[];
}

/** "1 highlight", "2 highlights", "3 replies". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
