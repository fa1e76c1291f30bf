import { shippedFile } from './shippedFile';

/**
 * An official CSL style Dossier has built in, as the XML of its file in `cslStyles/` (kept as
 * the Citation Style Language repository publishes it); null for an id it does not carry.
 */
export function builtinStyleXml(cslId: string): Promise<string | null> {
  return shippedFile(
    () => import('./cslFiles').then((m) => m.styleFiles),
    'cslStyles',
    `${cslId}.csl`,
  );
}
