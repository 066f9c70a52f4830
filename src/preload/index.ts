/**
 * The bridge between the sandboxed page and the core: `window.casefile` with exactly one function per
 * contract method, all sent over the one IPC channel. Nothing of ipcRenderer itself is exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, METHOD_KINDS } from '../shared/api/methods';
import type { CasefileBridge } from '../shared/api/bridge';

const bridge = Object.fromEntries(
  Object.entries(METHOD_KINDS).map(([method, kind]) => [
    method,
    kind === 'upload'
      ? (input: unknown, bytes: Uint8Array) => ipcRenderer.invoke(IPC_CHANNEL, method, input, bytes)
      : (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  ]),
) as unknown as CasefileBridge;

contextBridge.exposeInMainWorld('casefile', bridge);
