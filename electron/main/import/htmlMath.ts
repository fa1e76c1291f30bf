const MATHML = 'http://www.w3.org/1998/Math/MathML';

/**
 * Mathematics a saved page shows, in a form Readability keeps and the text can hold. MathJax 3
 * draws each formula as glyph-less `mjx-` elements beside an accessible MathML copy: the copy
 * stays, the drawing goes (Readability 0.6 drops the whole container, and with it every formula
 * of the page). MathJax 2 keeps the TeX in a script beside its drawing: the TeX stays, as \(…\).
 */
export function keepMath(document: Document): void {
  for (const container of Array.from(document.querySelectorAll('mjx-container'))) {
    const math = container.querySelector('math');
    if (math) container.replaceWith(math);
    else container.remove();
  }
  for (const script of Array.from(document.querySelectorAll('script[type^="math/tex"]'))) {
    const display = /mode=display/.test(script.getAttribute('type') ?? '');
    const tex = (script.textContent ?? '').trim();
    const span = document.createElement('span');
    span.textContent = display ? `\\[${tex}\\]` : `\\(${tex}\\)`;
    script.replaceWith(span);
  }
  for (const drawn of Array.from(
    document.querySelectorAll('.MathJax_Preview, .MathJax, .MathJax_Display, .MathJax_SVG'),
  ))
    drawn.remove();
}

export function isMath(element: Element): boolean {
  return element.namespaceURI === MATHML && element.localName === 'math';
}

/**
 * A MathML formula as one line of text: "a x^2 + b x + c = 0", "(−b ± √(b^2 − 4 a c))/(2 a)".
 * The TeX a page attaches (alttext, a TeX annotation) is used where given, as the author wrote it.
 */
export function mathText(math: Element): string {
  const tex =
    math.getAttribute('alttext') ??
    math.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
  if (tex?.trim()) return tex.trim();
  return linear(math).replace(/\s+/g, ' ').trim();
}

function linear(node: Element): string {
  const name = node.localName;
  const kids = Array.from(node.children);
  const part = (i: number) => group(kids[i]);
  switch (name) {
    case 'mi':
    case 'mn':
    case 'mo':
    case 'mtext':
    case 'ms':
      return ` ${(node.textContent ?? '').trim()} `;
    case 'msup':
      return `${part(0)}^${part(1)} `;
    case 'msub':
      return `${part(0)}_${part(1)} `;
    case 'msubsup':
      return `${part(0)}_${part(1)}^${part(2)} `;
    case 'munder':
      return ` ${part(0)}_${part(1)} `;
    case 'munderover':
      return ` ${part(0)}_${part(1)}^${part(2)} `;
    case 'mover':
      // An accent (ẋ's dot) is written after its letter; a limit above, as a power.
      return node.getAttribute('accent') === 'true' || /^[˙¨^~¯→]$/u.test(part(1))
        ? `${part(0)}${part(1)}`
        : ` ${part(0)}^${part(1)} `;
    case 'mfrac':
      return ` ${part(0)}/${part(1)} `;
    case 'msqrt':
      return ` √(${kids.map(linear).join('').trim()}) `;
    case 'mroot':
      return ` ${part(1)}√${part(0)} `;
    case 'semantics':
      return kids[0] ? linear(kids[0]) : '';
    case 'annotation':
    case 'annotation-xml':
      return '';
    default:
      return kids.length ? kids.map(linear).join('') : (node.textContent ?? '');
  }
}

/** A part of a script or fraction, in parentheses when it is more than one token. */
function group(node: Element | undefined): string {
  if (!node) return '';
  const text = linear(node).replace(/\s+/g, ' ').trim();
  return /\s/.test(text) && !enclosed(text) ? `(${text})` : text;
}

/** "(a + b)" is one group already; "(a)(b)" is two. */
function enclosed(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    if (depth === 0 && i < text.length - 1) return false;
  }
  return true;
}
