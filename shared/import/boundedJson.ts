/** Arrays and objects inside each other: Dossier's own files nest fewer than ten. */
export const MAX_JSON_NESTING = 100;

/** How deeply a JSON text nests arrays and objects, read in one pass (strings skipped). */
export function jsonNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export class JsonTooDeep extends Error {
  constructor(readonly depth: number) {
    super(
      `it is nested ${depth.toLocaleString('en')} levels deep, more than the ${MAX_JSON_NESTING} Dossier follows`,
    );
  }
}

/**
 * JSON from a file or a request: refused when nested deeper than any of Dossier's data (a
 * recursive reader or schema would otherwise exhaust the stack), and unable to reach
 * Object.prototype through a "__proto__" key.
 */
export function parseBoundedJson(text: string): unknown {
  const depth = jsonNesting(text);
  if (depth > MAX_JSON_NESTING) throw new JsonTooDeep(depth);
  return JSON.parse(text, (key, value: unknown) => (key === '__proto__' ? undefined : value));
}
