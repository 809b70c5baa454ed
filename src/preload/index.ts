// Preload (sandboxed, context-isolated): exposes exactly the KubeDeckApi as `window.kubedeck`.
// The renderer never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, channelOf, type KubeDeckApi } from '../shared/api';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
) as unknown as KubeDeckApi;

contextBridge.exposeInMainWorld('kubedeck', api);
