/**
 * What the evidence specs do to the page: open a ticket, call the API the way the page does (fetch with
 * the token from sessionStorage), drop files and paste them through real DOM events.
 */
import type { Locator, Page } from '@playwright/test';
import type { ServerInfo } from './fixtures';

export interface FileSpec {
  name: string;
  type: string;
  bytes: Buffer;
}

/** Opens the app straight on a ticket (the token leaves the address bar, the hash stays). */
export async function openTicketPage(page: Page, server: ServerInfo, ticketId: number, view: 'timeline' | 'evidence' = 'timeline') {
  await page.goto(`${server.url}#/tickets/${ticketId}${view === 'evidence' ? '/evidence' : ''}`);
}

/** Calls the API from inside the page, with the token the page keeps in sessionStorage. */
export async function pageApi<T>(page: Page, method: string, input: unknown = {}): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = sessionStorage.getItem('casefile.token');
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      if (!response.ok) throw new Error(`${method} → ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    { method, input },
  );
}

/** A DataTransfer holding these files (and optionally text), made in the page. */
async function dataTransferWith(page: Page, files: FileSpec[], text?: string) {
  return page.evaluateHandle(
    ({ files, text }) => {
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type, lastModified: Date.now() }));
      if (text !== undefined) transfer.setData('text/plain', text);
      return transfer;
    },
    { files: files.map((f) => ({ name: f.name, type: f.type, bytes: [...f.bytes] })), text },
  );
}

/** Drags files over `target` (the highlight shows) and, unless `release` is false, drops them. */
export async function dropFiles(page: Page, target: Locator, files: FileSpec[], release = true) {
  const dataTransfer = await dataTransferWith(page, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  if (release) await target.dispatchEvent('drop', { dataTransfer });
  return dataTransfer;
}

/** A paste event on `target` carrying files (and text, as a spreadsheet's copy does). */
export async function pasteInto(page: Page, target: Locator, files: FileSpec[], text?: string) {
  const clipboardData = await dataTransferWith(page, files, text);
  await target.evaluate((element, data) => {
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboardData);
}
