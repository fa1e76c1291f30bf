import { windowLocale } from './i18n';

/** A number with a fixed count of decimals, in the window language's way ("0.85", "0,85"). */
export function decimal(n: number, digits: number): string {
  return new Intl.NumberFormat(windowLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/** A whole count, grouped as the window's language groups it ("12,500", "12 500"). */
export function whole(n: number): string {
  return new Intl.NumberFormat(windowLocale()).format(n);
}
