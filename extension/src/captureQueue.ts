import type { CaptureRequest } from '../../shared/capture/captureMessages';

/** A capture that waits for Dossier, as stored. */
export interface Queued {
  id: number;
  request: CaptureRequest;
  queuedAt: string;
}

/** Where waiting captures are kept: IndexedDB in the extension, memory in a test. */
export interface QueueStore {
  add(request: CaptureRequest, queuedAt: string): Promise<void>;
  all(): Promise<Queued[]>;
  remove(id: number): Promise<void>;
}

const DB = 'dossier-capture';
const STORE = 'waiting';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Captures kept in the extension's IndexedDB: they outlive the browser's closing. */
export const indexedDbQueue: QueueStore = {
  async add(request, queuedAt) {
    const db = await open();
    await done(db.transaction(STORE, 'readwrite').objectStore(STORE).add({ request, queuedAt }));
    db.close();
  },
  async all() {
    const db = await open();
    const items = await done(db.transaction(STORE).objectStore(STORE).getAll());
    db.close();
    return items as Queued[];
  },
  async remove(id) {
    const db = await open();
    await done(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(id));
    db.close();
  },
};
