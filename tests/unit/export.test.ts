/** export.zip: what the archive holds, how its names and bytes are fixed, and what a ticket with nothing or hostile text gives. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../src/main/core/api/router';
import { call, callError, cleanup, openTestCore, readStream, sha256, type FakeClock, type TestCore } from './helpers';
import { buildCase as buildSharedCase, EN, PDF, PNG, readZip, unpack, ZH } from './export/exportFixtures';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)> & "quotes" \'apostrophes\'';

async function exportBytes(t: TestCore, ticketId: number): Promise<{ zip: Buffer; result: DownloadResult }> {
  const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId });
  return { zip: await readStream(result.stream), result };
}

/** The shared case (exportFixtures.ts) with HTML in its title and a hostile note. */
function buildCase(clock?: FakeClock) {
  return buildSharedCase(clock ? { clock } : {}, { title: 'USDT 提现未到账 <b>urgent</b>', note: HOSTILE });
}

describe('export.zip', () => {
  it('contains the readable transcripts, the original evidence, a manifest and SHA256SUMS', async () => {
    const t = await buildCase();
    const fingerprintBefore = t.ctx.audit.fingerprint();
    const eventsBefore = t.ctx.audit.list(t.ticketId).length;
    const { zip, result } = await exportBytes(t, t.ticketId);
    expect(result).toMatchObject({ contentType: 'application/zip', fileName: `casefile-ticket-${t.ticketId}-2024-03-01.zip` });

    const entries = await readZip(zip);
    expect(entries.map((e) => e.name)).toEqual([
      'README.txt',
      'dossier.pdf',
      'transcript.html',
      'transcript.txt',
      'transcript.csv',
      'evidence/001_screenshot-withdrawal-pending.png',
      'evidence/002_银行_流水.pdf',
      'manifest.json',
      'SHA256SUMS',
    ]);
    const byName = new Map(entries.map((e) => [e.name, e.bytes]));
    expect(byName.get('evidence/001_screenshot-withdrawal-pending.png')!.equals(PNG)).toBe(true);
    expect(byName.get('evidence/002_银行_流水.pdf')!.equals(PDF)).toBe(true);
    for (const entry of entries) {
      // Fixed time and mode, so the archive does not depend on when or where it was made.
      expect(entry.mtime.toISOString(), entry.name).toBe(t.clock.iso());
      expect(entry.mode, entry.name).toBe(0o644);
    }

    // SHA256SUMS: one line per file (all but itself), each hash right.
    const sums = byName.get('SHA256SUMS')!.toString('utf8');
    const lines = sums.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual(entries.map((e) => e.name).filter((n) => n !== 'SHA256SUMS'));
    for (const line of lines) {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      expect(match, line).not.toBeNull();
      expect(sha256(byName.get(match![2]!)!), match![2]).toBe(match![1]);
    }

    // manifest.json: every other file with size and hash, the app version, export time and audit fingerprint.
    const manifest = JSON.parse(byName.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({
      format: 'casefile-dossier',
      app: { name: 'Casefile', version: '0.0.0-test' },
      exportedAt: t.clock.iso(),
      ticket: { id: t.ticketId, platform: '币安 Binance' },
      auditTrail: { fingerprint: fingerprintBefore, events: eventsBefore },
    });
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(
      entries.map((e) => e.name).filter((n) => n !== 'manifest.json' && n !== 'SHA256SUMS'),
    );
    for (const file of manifest.files as { path: string; size: number; sha256: string }[]) {
      expect(file.size, file.path).toBe(byName.get(file.path)!.length);
      expect(file.sha256, file.path).toBe(sha256(byName.get(file.path)!));
    }
    expect(manifest.evidence.map((e: { originalName: string }) => e.originalName)).toEqual([
      'screenshot-withdrawal-pending.png',
      '银行 流水.pdf',
    ]);

    // The export itself is part of the custody record.
    const last = t.ctx.audit.list(t.ticketId).at(-1)!;
    expect(last).toMatchObject({ action: 'ticket.exported', detail: { evidence: [sha256(PNG), sha256(PDF)] } });
    expect(t.ctx.audit.firstBrokenEvent()).toBeNull();
  });

  it('passes `sha256sum -c SHA256SUMS` once unpacked', async () => {
    const t = await buildCase();
    const dir = unpack(await readZip((await exportBytes(t, t.ticketId)).zip));
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(check.error).toBeUndefined();
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(8);
    expect(check.stdout).not.toMatch(/FAILED/);

    // And the check notices a changed file.
    fs.appendFileSync(path.join(dir, 'transcript.txt'), 'forged line\n');
    const tampered = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(tampered.status).not.toBe(0);
    expect(tampered.stdout).toMatch(/transcript\.txt: FAILED/);
  });

  it('the text transcript has every entry, oldest first, in both languages', async () => {
    const t = await buildCase();
    const entries = await readZip((await exportBytes(t, t.ticketId)).zip);
    const text = entries.find((e) => e.name === 'transcript.txt')!.bytes.toString('utf8');
    const positions = [EN, ZH, HOSTILE].map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Local wall time with the zone, and UTC.
    expect(text).toContain('2024-03-02 10:00:00 Asia/Shanghai (2024-03-02 02:00:00 UTC)');
    expect(text).toContain('Agent / 客服 (客服小王)');
    expect(text).toContain('Evidence / 证据: evidence/001_screenshot-withdrawal-pending.png');
    expect(text).toContain('1250.5 USDT (TRC20) txid a1b2c3');
  });

  it('the HTML transcript runs no script and shows entered HTML as text', async () => {
    const t = await buildCase();
    const entries = await readZip((await exportBytes(t, t.ticketId)).zip);
    const html = entries.find((e) => e.name === 'transcript.html')!.bytes.toString('utf8');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>urgent</b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;apostrophes&#39;');
    expect(html).toContain('USDT 提现未到账 &lt;b&gt;urgent&lt;/b&gt;');
    expect(html).toContain(ZH);
    expect(html).toContain(EN);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('the same data at the same time gives a byte-identical archive', async () => {
    const a = await buildCase();
    const b = await buildCase();
    const zipA = (await exportBytes(a, a.ticketId)).zip;
    const zipB = (await exportBytes(b, b.ticketId)).zip;
    expect(sha256(zipA)).toBe(sha256(zipB));
    expect(zipA.equals(zipB)).toBe(true);
  });

  it('the archive does not depend on the time zone of the machine that exports it', async () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const a = await buildCase();
      const zipA = (await exportBytes(a, a.ticketId)).zip;
      process.env.TZ = 'America/New_York';
      const b = await buildCase();
      const zipB = (await exportBytes(b, b.ticketId)).zip;
      expect(zipA.equals(zipB)).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('exporting twice differs only where the first export is recorded: the audit fingerprint', async () => {
    const t = await buildCase();
    const first = await readZip((await exportBytes(t, t.ticketId)).zip);
    const second = await readZip((await exportBytes(t, t.ticketId)).zip);
    const changed = first.filter((e, i) => !e.bytes.equals(second[i]!.bytes)).map((e) => e.name);
    // The PDF may print the fingerprint too; everything else is the same bytes.
    expect(changed.filter((name) => name !== 'dossier.pdf')).toEqual(['manifest.json', 'SHA256SUMS']);
    const m1 = JSON.parse(first.find((e) => e.name === 'manifest.json')!.bytes.toString('utf8'));
    const m2 = JSON.parse(second.find((e) => e.name === 'manifest.json')!.bytes.toString('utf8'));
    expect(m2.auditTrail.events).toBe(m1.auditTrail.events + 1);
    expect(m2.auditTrail.fingerprint).not.toBe(m1.auditTrail.fingerprint);
  });

  it('a ticket with nothing on it still exports a valid archive', async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'OKX' })).id;
    const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'empty' })).id;
    const entries = await readZip((await exportBytes(t, ticketId)).zip);
    expect(entries.map((e) => e.name)).toEqual([
      'README.txt',
      'dossier.pdf',
      'transcript.html',
      'transcript.txt',
      'transcript.csv',
      'manifest.json',
      'SHA256SUMS',
    ]);
    const dir = unpack(entries);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).status).toBe(0);
  });

  it('evidence with long Chinese names unpacks on an ordinary disk (each name at most 255 bytes)', async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'OKX' })).id;
    const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'long names' })).id;
    await call(t.router, 'evidence.upload', { ticketId, name: '提现记录截图'.repeat(40) + '.png' }, PNG);
    await call(t.router, 'evidence.upload', { ticketId, name: '😀'.repeat(200) + '.pdf' }, PDF);
    const entries = await readZip((await exportBytes(t, ticketId)).zip);
    for (const entry of entries) {
      for (const part of entry.name.split('/')) expect(Buffer.byteLength(part), part).toBeLessThanOrEqual(255);
    }
    const evidenceNames = entries.filter((e) => e.name.startsWith('evidence/')).map((e) => e.name);
    expect(evidenceNames[0]).toMatch(/^evidence\/001_提现记录截图.*\.png$/);
    expect(evidenceNames[1]).toMatch(/^evidence\/002_(?:😀)+\.pdf$/u);
    const dir = unpack(entries);
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir }).status).toBe(0);
  });

  it('every evidence link in transcript.html opens the file in the archive, whatever its name', async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'OKX' })).id;
    const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'links' })).id;
    const { id: entryId } = await call(t.router, 'log.add', { ticketId, author: 'agent', text: 'see attached' });
    const names = ['回单 #1.png', '100% proof.pdf', "it's [ok] & fine.txt"];
    for (const [i, name] of names.entries()) {
      await call(t.router, 'evidence.upload', { ticketId, name, entryId }, Buffer.from(`file ${i}`));
    }
    const entries = await readZip((await exportBytes(t, ticketId)).zip);
    const html = entries.find((e) => e.name === 'transcript.html')!.bytes.toString('utf8');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
    const targets = entries.filter((e) => e.name.startsWith('evidence/')).map((e) => e.name);
    expect(targets).toHaveLength(3);
    // Resolve each link as a browser would, relative to transcript.html.
    const base = 'file:///dossier/transcript.html';
    const resolved = hrefs.map((href) => decodeURIComponent(new URL(href, base).pathname.slice('/dossier/'.length)));
    expect(resolved).toEqual([...targets, ...targets]);
  });

  it('an unknown ticket is not_found and records nothing', async () => {
    const t = openTestCore();
    const before = t.ctx.audit.fingerprint();
    await callError(t.router, 'export.zip', { ticketId: 404 }, 'not_found');
    await callError(t.router, 'export.zip', { ticketId: 'x' }, 'invalid_input');
    expect(t.ctx.audit.fingerprint()).toBe(before);
  });
});
