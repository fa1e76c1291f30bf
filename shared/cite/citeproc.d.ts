declare module 'citeproc' {
  interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    position?: number;
    prefix?: string;
    suffix?: string;
    'suppress-author'?: boolean;
    'author-only'?: boolean;
  }
  interface Citation {
    citationID: string;
    citationItems: CiteItem[];
    /** composite: the author in the sentence, the rest after it (an author-date style). */
    properties: { noteIndex: number; mode?: 'composite' };
  }
  class Engine {
    constructor(
      sys: { retrieveLocale: (lang: string) => unknown; retrieveItem: (id: string) => unknown },
      style: unknown,
      lang?: string,
      forceLang?: boolean,
    );
    updateItems(ids: string[]): void;
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    makeCitationCluster(items: CiteItem[]): string;
    /** Every citation of a document in order: positions (ibid., short forms) follow from it. */
    rebuildProcessorState(
      citations: Citation[],
      mode: 'text' | 'html' | 'rtf',
      uncited: string[],
    ): [citationID: string, noteIndex: number, output: string][];
    makeBibliography():
      | [
          { hangingindent: boolean; entry_ids: string[][]; bibstart: string; bibend: string },
          string[],
        ]
      | false;
    cslXml?: unknown;
    opt: { xclass: 'note' | 'in-text' };
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
