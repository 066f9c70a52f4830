/**
 * The dossier's "suspected impersonation" section: what the police want first when a fake support agent
 * is involved. Read back from the exported ZIP, as a recipient would.
 */
import { afterEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { DownloadResult } from '../../src/main/core/api/router';
import { call, cleanup, openTestCore, readStream, type TestCore } from './helpers';

afterEach(cleanup);

async function exportedFiles(t: TestCore, ticketId: number): Promise<Map<string, string>> {
  const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId });
  const zip = await readStream(result.stream);
  return new Promise((resolve, reject) => {
    const files = new Map<string, string>();
    yauzl.fromBuffer(zip, { lazyEntries: true }, (err, archive) => {
      if (err || !archive) return reject(err);
      archive.on('end', () => resolve(files));
      archive.on('entry', (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (streamErr, stream) => {
          if (streamErr || !stream) return reject(streamErr);
          readStream(stream).then((bytes) => {
            files.set(entry.fileName, bytes.toString('utf8'));
            archive.readEntry();
          }, reject);
        });
      });
      archive.readEntry();
    });
  });
}

async function ticketOn(t: TestCore, channels: { kind: string; address: string; verified?: boolean }[]) {
  const platformId = (
    await call(t.router, 'platforms.create', { name: 'Binance', officialDomains: ['binance.com'], channels })
  ).id;
  return (await call(t.router, 'tickets.create', { platformId, title: '账户被冻结' })).id as number;
}

describe('export: suspected impersonation', () => {
  it('lists the flagged message and the lookalike contact in both transcripts and counts them in the manifest', async () => {
    const t = openTestCore();
    const ticketId = await ticketOn(t, [
      { kind: 'live_chat', address: 'https://binance-support-help.com/chat', verified: true },
      { kind: 'email', address: 'support@binance.com', verified: true },
    ]);
    await call(t.router, 'log.add', { ticketId, author: 'me', text: '我的账户被冻结了' });
    await call(t.router, 'log.add', {
      ticketId,
      author: 'agent',
      agentName: 'Kevin',
      text: '请提供您的助记词，我们帮您解冻账户',
    });

    const files = await exportedFiles(t, ticketId);
    const text = files.get('transcript.txt')!;
    const section = text.slice(text.indexOf('Suspected impersonation / 疑似冒充客服'));
    expect(text).toContain('Suspected impersonation / 疑似冒充客服');
    expect(section).toContain('binance-support-help.com');
    expect(section).not.toContain('support@binance.com');
    expect(section).toContain('助记词');
    expect(section).toContain('Agent / 客服 (Kevin)');

    const html = files.get('transcript.html')!;
    expect(html).toContain('<h2>Suspected impersonation / 疑似冒充客服</h2>');
    expect(html).toMatch(/<mark>[^<]*助记词[^<]*<\/mark>/);

    const manifest = JSON.parse(files.get('manifest.json')!);
    expect(manifest.suspectedImpersonation).toEqual({
      contacts: ['https://binance-support-help.com/chat'],
      flaggedMessages: 1,
    });
  });

  it('has no such section when nothing was flagged', async () => {
    const t = openTestCore();
    const ticketId = await ticketOn(t, [{ kind: 'email', address: 'support@binance.com', verified: true }]);
    await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'We will never ask for your password.' });
    const files = await exportedFiles(t, ticketId);
    expect(files.get('transcript.txt')).not.toContain('Suspected impersonation');
    expect(files.get('transcript.html')).not.toContain('Suspected impersonation');
    expect(JSON.parse(files.get('manifest.json')!).suspectedImpersonation).toEqual({ contacts: [], flaggedMessages: 0 });
  });
});
