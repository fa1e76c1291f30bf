const two = (n: number) => String(n).padStart(2, '0');

/** A local date and time for a file's name: "2026-12-05 09.07" (no colon, which Windows refuses). */
export function fileTimeStamp(now: Date): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())} ${two(now.getHours())}.${two(now.getMinutes())}`;
}
