/**
 * What a BibTeX parser leaves of LaTeX it has no table for: logos, biblatex's punctuation and
 * quotation macros, and any other command. Citations print text, so each becomes what it prints
 * (or its argument), never "\TeX" or "\hyphen" in a bibliography.
 */
const WORDS: Record<string, string> = {
  TeX: 'TeX',
  LaTeX: 'LaTeX',
  LaTeXe: 'LaTeX2ε',
  BibTeX: 'BibTeX',
  XeTeX: 'XeTeX',
  LuaTeX: 'LuaTeX',
  ConTeXt: 'ConTeXt',
  hyphen: '-',
  slash: '/',
  textendash: '–',
  textemdash: '—',
  textbackslash: '\\',
  dots: '…',
  ldots: '…',
  textellipsis: '…',
  S: '§',
  P: '¶',
  textsection: '§',
  copyright: '©',
  textregistered: '®',
  texttrademark: '™',
  textdegree: '°',
  euro: '€',
  pounds: '£',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  quad: ' ',
  qquad: ' ',
  // biblatex's punctuation tracker: each prints its mark.
  adddot: '.',
  addcomma: ',',
  addcolon: ':',
  addsemicolon: ';',
  addspace: ' ',
  addabbrvspace: ' ',
  adddotspace: '. ',
  addnbspace: ' ',
};

/** Commands whose argument is printed inside quotation marks. */
const QUOTED = new Set(['enquote', 'mkbibquote', 'textquote']);
/** Commands whose first argument is printed with its first letter capitalised. */
const CAPITALISED = new Set(['autocap', 'MakeUppercase', 'MakeSentenceCase']);

// A command whose argument holds another command waits until that one is done.
const COMMAND = /\\([A-Za-z]+)(?![A-Za-z])\*?(?:\s*\{([^{}]*)\}|(?!\s*\{)\s*)|\\([^A-Za-z])/g;

/** Control symbols that are spacing or hyphenation hints rather than the character itself. */
const SYMBOLS: Record<string, string> = {
  ',': ' ',
  ' ': ' ',
  '\\': ' ',
  '-': '',
  '/': '',
  '@': '',
};

export function plainFromLatex(value: string): string {
  if (!value.includes('\\')) return value;
  let previous: string;
  let text = value;
  // Innermost commands first, so \enquote{\emph{x}} comes out as “x”.
  do {
    previous = text;
    text = text.replace(COMMAND, (_whole, name?: string, argument?: string, symbol?: string) => {
      if (symbol !== undefined) return Object.hasOwn(SYMBOLS, symbol) ? SYMBOLS[symbol]! : symbol;
      if (argument === undefined) {
        // A control word eats the spaces after it: "\TeX book" is "TeXbook".
        return Object.hasOwn(WORDS, name!) ? WORDS[name!]! : '';
      }
      if (QUOTED.has(name!)) return `“${argument}”`;
      if (CAPITALISED.has(name!)) return argument.charAt(0).toUpperCase() + argument.slice(1);
      return Object.hasOwn(WORDS, name!) ? `${WORDS[name!]!}${argument}` : argument;
    });
  } while (text !== previous && text.includes('\\'));
  return text.replace(/[{}]/g, '').replace(/~/g, ' ');
}
