/**
 * Named points in the write path where the crash tests cut the process short, as a power cut
 * or kill -9 would: DOSSIER_CRASH_AT=NAME kills the process there. Unset, it costs a compare.
 */
export type FaultPoint =
  'after-journal-line' | 'during-temp-write' | 'after-rename' | 'after-journal-cut';

export function faultPoint(name: FaultPoint): void {
  if (process.env.DOSSIER_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}
