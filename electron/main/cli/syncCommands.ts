import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Archive } from '../archive/archiveService';
import { totalChanges, type ChangeCount } from '../../../shared/sync/syncChanges';
import { syncedCollections } from '../../../shared/sync/syncShape';
import { startSyncServer } from '../sync/syncServer';
import { readWriters } from '../sync/writersFile';
import { joinLibrary, shareLibrary, syncOnce, type SyncReport } from '../sync/syncReplica';
import { resolveConflict, syncConflicts, syncStructuralConflicts } from '../sync/syncConflicts';
import { replaceCode, shareCodes, type ShareCodes } from '../sync/shareCodes';
import type { SyncConflict } from '../../../shared/api/syncTypes';
import { UsageError, type CliArgs } from './cliArgs';
import { EXIT_OK, EXIT_USER, print, unwrap, type CliIo } from './cliSupport';

export const SYNC_USAGE =
  'sync serve [--host H] [--port N] [--data DIR] | sync share ws://HOST:PORT | sync join ws://HOST:PORT CODE | sync | sync codes | sync replace writer|reader | sync conflicts | sync resolve N K | sync agreement [WRITER WRITER]';

function describeCount(count: ChangeCount): string {
  if (!totalChanges(count)) return 'nothing';
  return syncedCollections
    .flatMap((c) => {
      const parts = [
        count.added[c] ? `${count.added[c]} added` : '',
        count.changed[c] ? `${count.changed[c]} changed` : '',
        count.removed[c] ? `${count.removed[c]} removed` : '',
      ].filter(Boolean);
      return parts.length ? [`${c} ${parts.join(', ')}`] : [];
    })
    .join('; ');
}

function describeReport(report: SyncReport): string {
  return [
    `sent: ${describeCount(report.went)}`,
    `received: ${describeCount(report.came)}`,
    ...(report.conflicts
      ? [
          `${report.conflicts} conflicting edit${report.conflicts === 1 ? '' : 's'} to review: dossier sync conflicts`,
        ]
      : []),
    ...(report.removed?.length ? [`removed here: ${report.removed.join('; ')}`] : []),
    ...(report.backup
      ? [
          `the library as it was before this sync is kept: dossier restore ${report.backup} takes it back`,
        ]
      : []),
    ...report.setAside.map((s) => `set aside: ${s}`),
    ...(report.kept ?? []).map(
      (k) =>
        `kept: ${k.collection === 'themes' ? 'theme' : 'source'} “${k.label}”, deleted here, because another writer has used it since`,
    ),
    ...(report.keptHere
      ? [
          `kept here only: ${report.keptHere} edit${report.keptHere === 1 ? '' : 's'} of this library (it joined with a reader's code, so nothing is sent)`,
        ]
      : []),
    ...(report.rekeyed ?? []).map(
      (r) =>
        `citation key: “${r.title}” is now ${r.to}; ${r.from} is another writer's source, imported first (update drafts that cite it as ${r.from})`,
    ),
  ].join('\n');
}

function describeConflicts(conflicts: SyncConflict[]): string {
  if (!conflicts.length) return 'No conflicting edits.';
  return conflicts
    .map(
      (c, i) =>
        `${i + 1}. ${c.collection} “${c.label}” ${c.field}: ${c.values.map((v, k) => `(${k + 1}) ${JSON.stringify(v)}${c.setBy?.[k] ? ` by ${c.setBy[k]}` : ''}${c.setAt?.[k] ? ` at ${c.setAt[k]!.slice(0, 16).replace('T', ' ')} UTC` : ''}`).join('  ')}`,
    )
    .join('\n');
}

function describeCodes(codes: ShareCodes): string {
  return [
    `share code for writers: ${codes.writer}`,
    `share code for readers: ${codes.reader}   (brings the library in; sends nothing)`,
  ].join('\n');
}

const writerOf = (args: CliArgs) => {
  if (args.writer) return args.writer;
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
};

function serverArg(value: string | undefined): string {
  if (!value || !/^wss?:\/\/[^/]+/.test(value))
    throw new UsageError(
      `The sync server is ws://HOST:PORT (or wss:// behind TLS), not "${value ?? ''}".`,
    );
  return value;
}

/** dossier sync serve: runs a sync server until it is stopped (Ctrl+C). */
export async function serveSync(args: CliArgs, io: CliIo): Promise<number> {
  const port = args.port === undefined ? 0 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError('--port takes a port number from 0 to 65535.');
  const server = await startSyncServer({
    host: args.host ?? '127.0.0.1',
    port,
    dataDir: resolve(io.cwd, args.data ?? 'dossier-sync'),
  });
  print(
    io,
    args,
    { url: server.url, shareUrl: server.shareUrl },
    `${server.url}\nshare a library with: dossier sync share ${server.shareUrl}\n(writers join with ${server.url} and the share code)`,
  );
  const host = args.host ?? '127.0.0.1';
  if (!/^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/.test(host))
    io.err(
      `dossier: warning: the sync server listens on ${host}, reachable from the network. It speaks plain WebSocket: put it behind a proxy that adds TLS (wss://) before anyone syncs over a network, and keep the registration token to yourself.`,
    );
  await new Promise<void>((done) => {
    const stop = () => void server.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return EXIT_OK;
}

/** dossier sync [share|join|conflicts]: the library's side of sync. */
export async function syncCommand(archive: Archive, args: CliArgs, io: CliIo): Promise<number> {
  const [sub, first, second] = args.positionals;
  const { state } = archive;
  switch (sub) {
    case undefined: {
      const report = await syncOnce(state);
      print(io, args, report, describeReport(report));
      return EXIT_OK;
    }
    case 'share': {
      const { code, readerCode, report } = await shareLibrary(
        state,
        serverArg(first),
        writerOf(args),
      );
      print(
        io,
        args,
        { code, readerCode, ...report },
        `${describeCodes({ writer: code, reader: readerCode })}\n${describeReport(report)}`,
      );
      return EXIT_OK;
    }
    case 'codes': {
      const codes = await shareCodes(state);
      print(io, args, codes, describeCodes(codes));
      return EXIT_OK;
    }
    case 'replace': {
      if (first !== 'writer' && first !== 'reader')
        throw new UsageError('sync replace takes writer or reader: the code to withdraw.');
      const codes = await replaceCode(state, first);
      print(
        io,
        args,
        codes,
        `The ${first}'s code given before is withdrawn: the server refuses it from now on.\n${describeCodes(codes)}`,
      );
      return EXIT_OK;
    }
    case 'join': {
      if (!second) throw new UsageError('sync join needs the server and a share code.');
      const report = await joinLibrary(state, serverArg(first), second, writerOf(args));
      print(io, args, report, describeReport(report));
      return EXIT_OK;
    }
    case 'conflicts': {
      const conflicts = await syncConflicts(state);
      const structural = await syncStructuralConflicts(state);
      print(
        io,
        args,
        conflicts,
        [
          ...structural.map(
            (s) =>
              `the library itself: ${s}. Move the sync folder of the replica that made it aside and join again.`,
          ),
          describeConflicts(conflicts),
        ].join('\n'),
      );
      // --json keeps its shape (the field conflicts); the library's own are said on stderr.
      if (args.json) for (const s of structural) io.err(`dossier: the library itself: ${s}`);
      return structural.length ? EXIT_USER : EXIT_OK;
    }
    case 'agreement': {
      const writers = await readWriters(state.files.dir);
      const keyOf = (name: string) => {
        const key = Object.keys(writers).find((k) => writers[k]!.name === name || k === name);
        if (!key)
          throw new UsageError(
            `No writer ${name} in this library (${
              Object.values(writers)
                .map((w) => w.name)
                .join(', ') || 'none yet'
            }).`,
          );
        return key;
      };
      const view = unwrap(
        await archive.api.agreement(
          first && second ? { first: keyOf(first), second: keyOf(second) } : {},
        ),
      );
      const name = (key: string) => view.writers.find((w) => w.key === key)?.name ?? key;
      const fixed = (n: number | null) => (n === null ? '—' : n.toFixed(2));
      print(
        io,
        args,
        view,
        [
          `${name(view.first)} and ${name(view.second)}, on the passages of the sources both tagged:`,
          ...view.themes.map(
            (t) =>
              `${t.name}: ${t.percent.toFixed(1)} % agree, κ ${fixed(t.kappa)}, α ${fixed(t.alpha)} (${t.units} passages)${t.disagreements.map((d) => `\n  ${d.sourceTitle} ¶${d.number}: only ${d.by}`).join('')}`,
          ),
        ].join('\n'),
      );
      return EXIT_OK;
    }
    case 'resolve': {
      const [n, k] = [Number(first), Number(second)];
      if (!Number.isInteger(n) || !Number.isInteger(k) || n < 1 || k < 1)
        throw new UsageError(
          'sync resolve takes a conflict number and the number of the value to keep (see dossier sync conflicts).',
        );
      const left = await resolveConflict(state, n - 1, k - 1);
      print(io, args, left, `settled; ${describeConflicts(left)}`);
      return EXIT_OK;
    }
    default:
      throw new UsageError(`Unknown sync command "${sub}": ${SYNC_USAGE}.`);
  }
}
