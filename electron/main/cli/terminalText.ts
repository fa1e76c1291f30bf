/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and newline (ESC starts
 * colour, cursor and title sequences; CR overwrites a line), DEL, C1 controls, and the bidi
 * overrides and isolates that make text read differently from its bytes.
 */
// eslint-disable-next-line no-control-regex
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a library (titles, file names, passages) made safe to print: each such character
 * is written as its \uXXXX escape, which inside JSON output is the same character once parsed.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(ACTIVE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A name printed within one line of output (a file name, a title): its line breaks shown as ␤
 * and ␍, so a name cannot start a line of its own and pass for another line of results. (Not
 * as backslash escapes: names pass through code that reads a backslash as a folder separator.)
 */
export function oneLine(text: string): string {
  return text.replace(/\r/g, '\u240d').replace(/\n/g, '\u2424');
}
