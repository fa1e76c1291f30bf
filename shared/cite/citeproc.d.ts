declare module 'citeproc' {
  interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    position?: number;
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
