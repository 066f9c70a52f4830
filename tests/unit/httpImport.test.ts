/**
 * Web mode, end to end over HTTP: the import answers its preview and stores from query parameters and a raw
 * body; search, tickets.metrics and platforms.metrics answer JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebServer, listen } from '../../src/main/web/server';
import type { ImportResult, SearchResult } from '../../src/shared/domain';
import { cleanup, createTicket, fixturesDir, makeTempDir, openTestCore } from './helpers';
import { declareSize, makeZip } from './import/zipHelpers';

const TOKEN = 'test-token-0123456789abcdef';
const auth = { Authorization: `Bearer ${TOKEN}` };
const WHATSAPP = fs.readFileSync(path.join(fixturesDir, 'import', 'whatsapp-android-en.txt'));

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  cleanup();
});

async function start() {
  const t = openTestCore();
  const server = createWebServer({ router: t.router, token: TOKEN, rendererDir: makeTempDir() });
  servers.push(server);
  const url = new URL(await listen(server, 0, TOKEN));
  return { t, base: url.origin };
}

describe('import.transcript over HTTP', () => {
  it('previews with dryRun=1 and me=…, then stores, then skips everything on a second upload', async () => {
    const { t, base } = await start();
    const { ticketId } = await createTicket(t.router);
    const upload = (query: string, body: Uint8Array = WHATSAPP) =>
      fetch(`${base}/api/import.transcript?ticketId=${ticketId}&name=chat.txt&${query}`, { method: 'POST', headers: auth, body });

    const preview = await upload('dryRun=1&me=Alex%20Chen');
    expect(preview.status).toBe(200);
    const previewBody = (await preview.json()) as ImportResult;
    expect(previewBody).toMatchObject({ dryRun: true, format: 'whatsapp', total: 8, imported: 0, needs: ['timeZone'] });
    expect(previewBody.messages[1]).toMatchObject({ sender: 'Alex Chen', author: 'me' });
    expect(t.ctx.db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(0);

    const stored = await (await upload('me=Alex%20Chen&timeZone=Asia%2FShanghai')).json();
    expect(stored).toMatchObject({ dryRun: false, imported: 8, skipped: 0 });
    expect(await (await upload('timeZone=Asia%2FShanghai')).json()).toMatchObject({ dryRun: false, imported: 0, skipped: 8 });

    const search = await fetch(`${base}/api/search`, { method: 'POST', headers: auth, body: JSON.stringify({ query: 'escalate' }) });
    const { results } = (await search.json()) as { results: SearchResult[] };
    expect(results.map((r) => [r.kind, r.ticketId])).toEqual([
      ['entry', ticketId],
      ['entry', ticketId],
    ]);
    const metrics = await (await fetch(`${base}/api/tickets.metrics`, { method: 'POST', headers: auth, body: JSON.stringify({ ticketId }) })).json();
    expect(metrics).toMatchObject({ firstResponseSeconds: 13 * 60, agentsInvolved: 1 });
    const cards = await (await fetch(`${base}/api/platforms.metrics`, { method: 'POST', headers: auth })).json();
    expect(cards).toHaveLength(1);
  });

  it('answers bad input with the documented error shape', async () => {
    const { t, base } = await start();
    const { ticketId } = await createTicket(t.router);
    const bad = await fetch(`${base}/api/import.transcript?ticketId=${ticketId}&name=m.csv&columns=%7Bnope`, { method: 'POST', headers: auth, body: 'a,b\n1,2\n' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', field: 'columns' } });
    const unknown = await fetch(`${base}/api/import.transcript?ticketId=${ticketId}&name=chat.txt&admin=1`, { method: 'POST', headers: auth, body: WHATSAPP });
    expect(unknown.status).toBe(400);
    const missing = await fetch(`${base}/api/import.transcript?ticketId=999&name=chat.txt`, { method: 'POST', headers: auth, body: WHATSAPP });
    expect(missing.status).toBe(404);
  });

  it("carries the importer's own reason (and a broken JSON's line and column) in the error body", async () => {
    const { t, base } = await start();
    const { ticketId } = await createTicket(t.router);
    const upload = async (name: string, body: Uint8Array | string) => {
      const response = await fetch(`${base}/api/import.transcript?ticketId=${ticketId}&name=${encodeURIComponent(name)}&dryRun=1`, { method: 'POST', headers: auth, body });
      return { status: response.status, error: ((await response.json()) as { error: Record<string, unknown> }).error };
    };
    const png = fs.readFileSync(path.join(fixturesDir, 'screenshot-withdrawal-pending.png'));
    const truncated = fs.readFileSync(path.join(fixturesDir, 'import', 'telegram-truncated.json'));
    const lines = truncated.toString('utf8').split('\n').length;

    expect(await upload('result.json', '{\n "name": "x",\n "messages": [\n  {"id": 1,,}\n ]\n}')).toMatchObject({
      status: 400,
      error: { code: 'invalid_input', reason: 'bad_json', position: { line: 4, column: 12 } },
    });
    expect((await upload('result.json', truncated)).error).toMatchObject({ reason: 'bad_json', position: { line: lines } });
    expect(await upload('chat.txt', png)).toMatchObject({ status: 400, error: { code: 'invalid_input', reason: 'not_text' } });
    expect((await upload('empty.txt', '')).error).toMatchObject({ reason: 'empty' });
    expect((await upload('notes.txt', 'just some notes\nwithout any speaker')).error).toMatchObject({ reason: 'unknown_format' });
    expect((await upload('data.json', '{"hello": "world"}')).error).toMatchObject({ reason: 'not_telegram' });
    expect((await upload('all.json', '{"chats": {"list": [{"name": "a", "messages": []}, {"name": "b", "messages": []}]}}')).error).toMatchObject({ reason: 'telegram_many_chats' });
    expect((await upload('export.zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]))).error).toMatchObject({ reason: 'bad_zip' });
    const huge = declareSize(await makeZip([{ name: 'result.json', bytes: '{}' }]), 'result.json', 0xfffffff0);
    expect(await upload('export.zip', huge)).toMatchObject({ status: 413, error: { code: 'too_large', reason: 'too_large' } });
    expect(t.ctx.db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(0);
  });

  it('me= (empty) says none of the senders is the user', async () => {
    const { t, base } = await start();
    const { ticketId } = await createTicket(t.router);
    const response = await fetch(`${base}/api/import.transcript?ticketId=${ticketId}&name=chat.txt&me=&timeZone=UTC`, { method: 'POST', headers: auth, body: WHATSAPP });
    expect(await response.json()).toMatchObject({ dryRun: false, imported: 8, suggestedMe: '' });
    expect(t.ctx.db.prepare("SELECT count(*) FROM entries WHERE author = 'me'").pluck().get()).toBe(0);
  });
});
