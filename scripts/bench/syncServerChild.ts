// A sync server in a process of its own, for scripts/bench/syncServerKill.ts to kill with
// SIGKILL the moment a replica has been told a change arrived. `dossier` runs Dossier's server,
// `repo` a Repo with automerge-repo's WebSocket server adapter and NodeFS storage (`repo-now`:
// with saveDebounceRate 0, the Repo storing each change as soon as it can).
import { WebSocketServer } from 'ws';
import { Repo, type PeerId } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import { startSyncServer } from '../../electron/main/sync/syncServer';

const [kind, dataDir, port] = process.argv.slice(2);
if (kind === 'dossier') {
  const server = await startSyncServer({ dataDir: dataDir!, port: Number(port) });
  console.log(`ready ${server.shareUrl}`);
} else {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(port) });
  await new Promise((resolve) => wss.once('listening', resolve));
  const repo = new Repo({
    network: [new WebSocketServerAdapter(wss as never)],
    storage: new NodeFSStorageAdapter(dataDir!),
    peerId: 'server' as PeerId,
    sharePolicy: async () => false,
    ...(kind === 'repo-now' ? { saveDebounceRate: 0 } : {}),
  });
  // A clean stop stores what the Repo holds; only SIGKILL finds out what it had not stored.
  process.on('SIGTERM', () => {
    void repo.shutdown().then(() => process.exit(0));
  });
  console.log(`ready ws://127.0.0.1:${(wss.address() as { port: number }).port}`);
}
