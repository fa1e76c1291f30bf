/** What a search is narrowed to, as the filter menus and chips set it. */
export interface FilterChoice {
  theme: string | null;
  source: string | null;
  type: string | null;
  /** A year (2022) or a month (2022-01) the work was published in. */
  date: string | null;
}

export const NO_FILTERS: FilterChoice = { theme: null, source: null, type: null, date: null };
