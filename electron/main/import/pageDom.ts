import { JSDOM, VirtualConsole } from 'jsdom';

// Style sheets and style attributes, which the reader of a page never needs. Rawtext: a <style>
// element ends at the first </style>, as the HTML tokenizer ends it.
const STYLE_ELEMENTS = /<style\b[^>]*>[\s\S]*?<\/style\s*>/giu;
const STYLE_ATTRIBUTES = /\sstyle\s*=\s*(?:"[^"]*"|'[^']*')/giu;

/**
 * A saved page as a DOM, nothing in it run or fetched. jsdom parses the page's CSS as it builds
 * the DOM and throws on some that browsers shrug off (a Sass variable left in a calc():
 * "calc(($container-max-width - 16px) / 16 * 9)"), which would refuse a whole article for one
 * style rule. Such a page is read again without its styles: the text is the same.
 */
export function pageDom(html: string): JSDOM {
  // A page's broken stylesheet is no reason to print to the console.
  const options = { virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch {
    return new JSDOM(html.replace(STYLE_ELEMENTS, '').replace(STYLE_ATTRIBUTES, ''), options);
  }
}
