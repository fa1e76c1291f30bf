/**
 * Compiles to `true` only where A and B are the same type: the same fields, each the same and as
 * optional. A constant typed with it ties a hand-written type to its schema at `npm run typecheck`.
 */
export type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
