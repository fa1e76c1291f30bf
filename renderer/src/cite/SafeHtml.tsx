import DOMPurify from 'dompurify';

// br: a quote and its note stand on lines of their own.
const INLINE = ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub', 'br'];
/** A brief is a document: headings, tables, quotations and its notes, nothing active. */
const DOCUMENT = [
  ...INLINE,
  'h1',
  'h2',
  'h3',
  'p',
  'section',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ol',
  'li',
  'a',
];

/**
 * HTML made from citeproc's output and the writer's text, through DOMPurify on its way to the
 * window: citations keep only inline formatting; a brief keeps its structure too.
 */
export function SafeHtml({
  html,
  className,
  document = false,
}: {
  html: string;
  className?: string;
  document?: boolean;
}) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: document ? DOCUMENT : INLINE,
    ALLOWED_ATTR: document ? ['href', 'id', 'class'] : [],
    ALLOWED_URI_REGEXP: /^#/,
  });
  const Tag = document ? 'div' : 'span';
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
