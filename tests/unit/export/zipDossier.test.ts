/**
 * The dossier ZIP's new contents: dossier.pdf (the same bytes renderDossierPdf gives for the same options,
 * readable with pdftotext), transcript.csv (Excel-safe), README.txt (how to verify), manifest.json
 * (options, redaction, every file), and redaction of the transcripts with the evidence left untouched.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDossierData } from '../../../src/main/core/export/dossierData';
import { renderDossierPdf } from '../../../src/main/core/export/pdf/renderDossierPdf';
import { call, cleanup, makeTempDir, sha256 } from '../helpers';
import { buildCase, byName, EN, exportZipBytes, PDF, PNG, readZip, unpack, ZH } from './exportFixtures';

afterEach(cleanup);

/** RFC 4180: quoted fields, doubled quotes, CRLF rows, line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return rows;
}

describe('export.zip: dossier.pdf', () => {
  it('is the dossier PDF for the same options and export time, and its text has both languages', async () => {
    const t = await buildCase();
    const entries = await readZip(await exportZipBytes(t, { ticketId: t.ticketId, language: 'both' }));
    const pdf = byName(entries).get('dossier.pdf')!;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const expected = await renderDossierPdf(t.ctx, readDossierData(t.ctx, t.ticketId), {
      language: 'both',
      redact: false,
      exportedAt: t.clock.now(),
      images: 'embed',
      missingEvidence: new Map(),
    });
    expect(sha256(pdf)).toBe(sha256(expected));

    const file = path.join(makeTempDir(), 'dossier.pdf');
    fs.writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text.error, 'pdftotext (poppler-utils) must be installed').toBeUndefined();
    const flat = text.stdout.replace(/\s+/g, '');
    expect(flat).toContain(ZH.replace(/\s+/g, ''));
    expect(flat).toContain(EN.replace(/\s+/g, ''));
  });
});

describe('export.zip: transcript.csv', () => {
  it('opens in Excel as UTF-8 (BOM), is RFC 4180, one row per entry, oldest first', async () => {
    const t = await buildCase();
    await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'agent', text: 'line one\r\nline "two", with comma', occurredAt: '2024-03-04T00:00:00Z' });
    const csv = byName(await readZip(await exportZipBytes(t, { ticketId: t.ticketId }))).get('transcript.csv')!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      'Time (local) / 当地时间',
      'Time zone / 时区',
      'Time (UTC) / UTC 时间',
      'Author / 作者',
      'Agent / 客服',
      'Channel / 渠道',
      'Kind / 类型',
      'Text / 内容',
      'Revision / 版本',
      'Evidence / 证据',
    ]);
    expect(rows.slice(1).map((r) => r[7])).toEqual([EN, ZH, 'line one\r\nline "two", with comma']);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    const zhRow = rows[2]!;
    expect(zhRow.slice(0, 5)).toEqual(['2024-03-02 10:00:00', 'Asia/Shanghai', '2024-03-02 02:00:00 UTC', 'Agent / 客服', '客服小王']);
    expect(zhRow[9]).toBe('evidence/001_screenshot-withdrawal-pending.png');
  });

  it('a cell a spreadsheet would run as a formula starts with an apostrophe', async () => {
    const t = await buildCase();
    const hostile = ['=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1'];
    for (const [i, text] of hostile.entries()) {
      await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'agent', agentName: i === 0 ? '=cmd|calc' : undefined, text, occurredAt: `2024-03-0${5 + i}T00:00:00Z` });
    }
    const csv = byName(await readZip(await exportZipBytes(t, { ticketId: t.ticketId }))).get('transcript.csv')!;
    const rows = parseCsv(csv.subarray(3).toString('utf8')).slice(3);
    expect(rows.map((r) => r[7])).toEqual(hostile.map((h) => `'${h}`));
    expect(rows[0]![4]).toBe("'=cmd|calc");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('export.zip: README.txt and manifest.json', () => {
  it('README explains, in both languages, how to verify and what the fingerprint means', async () => {
    const t = await buildCase();
    const readme = byName(await readZip(await exportZipBytes(t, { ticketId: t.ticketId }))).get('README.txt')!.toString('utf8');
    for (const text of ['sha256sum -c SHA256SUMS', 'npm run verify -- ', 'auditTrail.fingerprint', '如何核实导出后文件未被篡改', '审计指纹', 'dossier.pdf', 'transcript.html / .txt / .csv']) {
      expect(readme).toContain(text);
    }
    expect(readme).not.toContain('MISSING EVIDENCE');
    expect(readme).not.toContain('REDACTED');
  });

  it('the manifest states the options, the redaction, no missing evidence, and every file with size and SHA-256', async () => {
    const t = await buildCase();
    const fingerprint = t.ctx.audit.fingerprint();
    const entries = await readZip(await exportZipBytes(t, { ticketId: t.ticketId, language: 'zh-CN' }));
    const files = byName(entries);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({
      format: 'casefile-dossier',
      formatVersion: 2,
      app: { name: 'Casefile', version: '0.0.0-test' },
      exportedAt: t.clock.iso(),
      options: { language: 'zh-CN', redact: false },
      redaction: { applied: false, what: [] },
      missingEvidence: [],
      auditTrail: { fingerprint },
    });
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(entries.map((e) => e.name).filter((n) => n !== 'manifest.json' && n !== 'SHA256SUMS'));
    for (const f of manifest.files as { path: string; size: number; sha256: string }[]) {
      expect(f.size, f.path).toBe(files.get(f.path)!.length);
      expect(f.sha256, f.path).toBe(sha256(files.get(f.path)!));
    }
    // Text compresses; evidence (already compressed) is stored as it is.
    expect(entries.find((e) => e.name === 'transcript.txt')!.compressed).toBe(true);
    expect(entries.filter((e) => e.name.startsWith('evidence/')).every((e) => !e.compressed)).toBe(true);
  });

  it('an empty ticket, and text with emoji and right-to-left script, export and pass sha256sum -c', async () => {
    const t = await buildCase();
    const rtl = 'مرحبا، لم يصل السحب 😡🚀 \u202Egnp.exe';
    await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'agent', text: rtl, occurredAt: '2024-03-09T00:00:00Z' });
    const entries = await readZip(await exportZipBytes(t, { ticketId: t.ticketId }));
    const files = byName(entries);
    expect(files.get('transcript.txt')!.toString('utf8')).toContain(rtl);
    expect(files.get('transcript.html')!.toString('utf8')).toContain('<p dir="auto">مرحبا');
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpack(entries) }).status).toBe(0);

    const { id: empty } = await call(t.router, 'tickets.create', { platformId: t.platformId, title: 'nothing yet' });
    const emptyEntries = await readZip(await exportZipBytes(t, { ticketId: empty }));
    const csv = byName(emptyEntries).get('transcript.csv')!.toString('utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(1); // the header only
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpack(emptyEntries) }).status).toBe(0);
  });
});

describe('export.zip with redact', () => {
  const EMAIL = 'wang.xiaoming@example.com';
  const PHONE = '+86 138 0013 8000';
  const WALLET = 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE';

  it('masks the transcripts and the PDF, leaves the evidence as it was, and says so in the manifest and README', async () => {
    const t = await buildCase();
    await call(t.router, 'platforms.update', { id: t.platformId, accountUid: '88123456' });
    const text = `My e-mail is ${EMAIL}, phone ${PHONE}, UID 88123456, wallet ${WALLET}.`;
    await call(t.router, 'log.add', { ticketId: t.ticketId, author: 'me', text, occurredAt: '2024-03-05T00:00:00Z' });
    const screenshotWithEmail = Buffer.from(`evidence text that names ${EMAIL}`);
    await call(t.router, 'evidence.upload', { ticketId: t.ticketId, name: 'mail.txt' }, screenshotWithEmail);

    const plain = byName(await readZip(await exportZipBytes(t, { ticketId: t.ticketId })));
    expect(plain.get('transcript.txt')!.toString('utf8')).toContain(EMAIL);

    const files = byName(await readZip(await exportZipBytes(t, { ticketId: t.ticketId, redact: true })));
    for (const name of ['transcript.txt', 'transcript.html', 'transcript.csv']) {
      const out = files.get(name)!.toString('utf8');
      for (const secret of [EMAIL, PHONE, '88123456', WALLET]) expect(out, `${name} shows ${secret}`).not.toContain(secret);
      expect(out, name).toContain(`${WALLET.slice(0, 6)}${'*'.repeat(WALLET.length - 10)}${WALLET.slice(-4)}`);
      expect(out, name).toContain(ZH); // the conversation itself is still there
    }
    const pdfText = (pdf: Buffer) => {
      const file = path.join(makeTempDir(), 'r.pdf');
      fs.writeFileSync(file, pdf);
      return spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
    };
    expect(pdfText(plain.get('dossier.pdf')!)).toContain(EMAIL);
    expect(pdfText(files.get('dossier.pdf')!)).not.toContain(EMAIL);

    // The originals are untouched.
    expect(files.get('evidence/003_mail.txt')!.equals(screenshotWithEmail)).toBe(true);
    expect(files.get('evidence/001_screenshot-withdrawal-pending.png')!.equals(PNG)).toBe(true);
    expect(files.get('evidence/002_银行_流水.pdf')!.equals(PDF)).toBe(true);

    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.options).toEqual({ language: 'both', redact: true });
    expect(manifest.redaction).toMatchObject({ applied: true, evidenceOriginals: 'unaltered' });
    expect(manifest.redaction.what.join(' ')).toMatch(/e-mail.*phone.*UID.*wallet/);
    expect(files.get('README.txt')!.toString('utf8')).toContain('REDACTED');
    expect(files.get('README.txt')!.toString('utf8')).toContain('已脱敏');
  });
});
