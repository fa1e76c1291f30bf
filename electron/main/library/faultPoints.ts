/**
 * Named points in the write path where the crash tests cut the process short, as a power cut
 * or kill -9 would: DOSSIER_CRASH_AT=NAME kills the process there. Unset, it costs a compare.
 * A test in the same process arms a point instead (armFaultPoint): the work stops there with an
 * error, once, and the test then reopens the library as a restarted process would.
 */
export type FaultPoint =
  /** A change's rows are written in its transaction, not yet committed. */
  | 'before-commit'
  /** A change is committed, not yet acknowledged. */
  | 'after-commit'
  | 'after-journal-line'
  | 'during-temp-write'
  | 'after-rename'
  | 'after-journal-cut'
  /** A sync round that has the merged library from the server and has written nothing yet. */
  | 'sync-before-library'
  /** A sync round that wrote the merged library and not yet its copy of the shared document. */
  | 'sync-between-library-and-document';

let armed: FaultPoint | null = null;

export class FaultPointReached extends Error {}

export function armFaultPoint(name: FaultPoint | null): void {
  armed = name;
}

export function faultPoint(name: FaultPoint): void {
  if (armed === name) {
    armed = null;
    throw new FaultPointReached(`stopped at ${name}`);
  }
  if (process.env.DOSSIER_CRASH_AT === name) process.kill(process.pid, 'SIGKILL');
}
