/**
 * The desktop's only IPC entry point: one channel, one handler. Every message is sender-checked, then
 * handed to the same router the web mode uses (which parses the input with the contract's zod schema).
 * Download results are read into bytes here, because a stream cannot cross IPC.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { Readable } from 'node:stream';
import { IPC_CHANNEL } from '../shared/api/methods';
import type { ApiResult } from '../shared/api/errors';
import type { DownloadPayload } from '../shared/api/bridge';
import { toErrorBody, type DownloadResult, type Router } from './core/api/router';
import { isTrustedSender, type TrustedOrigin } from './security/policies';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function createIpcHandler(router: Router, origin: TrustedOrigin) {
  return async (event: SenderEvent, method: unknown, input: unknown, bytes?: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event.senderFrame, origin)) {
      return { ok: false, error: { code: 'forbidden', message: 'This window may not call Casefile' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'Method name must be a string' } };
    }
    const body = bytes instanceof Uint8Array ? Readable.from([bytes]) : undefined;
    const result = await router.call(method, input, body ? { body } : {});
    if (!result.ok || !router.has(method) || router.kindOf(method) !== 'download') return result;
    const file = result.value as DownloadResult;
    try {
      const payload: DownloadPayload = {
        fileName: file.fileName,
        contentType: file.contentType,
        bytes: new Uint8Array(await collect(file.stream)),
      };
      return { ok: true, value: payload };
    } catch (error) {
      // A stream can fail after it started (an export stopped by an altered evidence file): the user
      // must see why, in the same envelope as any other error.
      return { ok: false, error: toErrorBody(error, method, console.error) };
    }
  };
}

export function registerIpc(ipcMain: IpcMain, router: Router, origin: TrustedOrigin): void {
  ipcMain.handle(IPC_CHANNEL, createIpcHandler(router, origin));
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
