import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENTS_CHANNEL, ipcChannel, operationNames } from '../../shared/api/operationNames';

// One named method per operation; the page never gets ipcRenderer or a channel of its choice.
const api = Object.fromEntries(
  operationNames.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input),
  ]),
);

contextBridge.exposeInMainWorld('dossier', api);

// What the service tells without being asked; the page checks each event before it acts on it.
contextBridge.exposeInMainWorld('dossierEvents', {
  subscribe(listener: (event: unknown) => void): () => void {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENTS_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(EVENTS_CHANNEL, forward);
  },
});
