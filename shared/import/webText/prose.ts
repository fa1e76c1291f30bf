/** A line of running prose: long, or a sentence. Furniture is short or never ends one. */
export function isProse(text: string): boolean {
  const t = text.trim();
  if (t.length >= 120) return true;
  // A sentence of a few words; scripts without spaces close theirs with a full-width stop.
  return (
    (t.length >= 20 && /\s/.test(t) && /[.!?…]["”’»)]?$/u.test(t)) ||
    (t.length >= 10 && /[。！？]["”’」』)]?$/u.test(t))
  );
}
