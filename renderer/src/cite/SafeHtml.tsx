import DOMPurify from 'dompurify';

/** Formatted citations come as HTML: only inline formatting survives on its way to the window. */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub'],
    ALLOWED_ATTR: [],
  });
  return <span className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
