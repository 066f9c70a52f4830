/**
 * The bridge between the sandboxed page and the core: `window.casefile` with exactly one function per
 * contract method, all sent over the one IPC channel, and `window.casefileEvents` to hear the few events
 * the main process sends (a reminder notification was clicked). Nothing of ipcRenderer itself is exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNEL, METHOD_KINDS } from '../shared/api/methods';
import { OPEN_TICKET_CHANNEL, type CasefileEvents } from '../shared/api/events';
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

/** The page gets only the ticket id (a positive whole number), never the IPC event or its sender. */
const events: CasefileEvents = {
  onOpenTicket(callback) {
    const listener = (_event: IpcRendererEvent, ticketId: unknown) => {
      if (typeof ticketId === 'number' && Number.isSafeInteger(ticketId) && ticketId > 0) callback(ticketId);
    };
    ipcRenderer.on(OPEN_TICKET_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(OPEN_TICKET_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('casefileEvents', events);
