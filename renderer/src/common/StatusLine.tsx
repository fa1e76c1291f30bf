/** What the last action did, said quietly and announced to screen readers; nothing when null. */
export function StatusLine({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="muted" role="status">
      {text}
    </p>
  );
}
