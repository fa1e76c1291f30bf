import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, operationNames } from '../../shared/api/operationNames';

// One named method per operation; the page never gets ipcRenderer or a channel of its choice.
const api = Object.fromEntries(
  operationNames.map((name) => [
    name,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input),
  ]),
);

contextBridge.exposeInMainWorld('dossier', api);
