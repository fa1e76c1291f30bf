/** A citation as a style formats it, for the window, the CLI and the exports. */
export interface Citation {
  /** Plain text, to paste anywhere. */
  text: string;
  /** HTML with the style's italics: sanitise before showing it. */
  html: string;
  /** The quoted passage, when a passage was cited. */
  quote?: string;
  /** Fields the style would print that the source lacks. */
  missing: string[];
}
