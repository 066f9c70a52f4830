/**
 * export.pdf through the router, on a real core with real files: the PDF read back with pdftotext shows
 * the cover, the Chinese and English transcript lines, every evidence hash, the labels of the chosen
 * language(s) and page numbers; the images are embedded; the same export time gives the same bytes (in
 * any process time zone); redaction masks identifiers but keeps hashes and txids; a missing evidence file
 * is listed as MISSING and does not fail the export.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../../src/main/core/api/router';
import { call, callError, cleanup, fakeClock, FIXTURE_PNG, openTestCore, readStream, type TestCore } from '../helpers';
import { jpeg } from '../images';
import { pdfImages, pdfInfo, pdfPages, pdfText, squash } from './pdfReadBack';

afterEach(cleanup);

const ZH = '您好，您的提现申请正在审核中，请耐心等待。';
const EN = 'I have been waiting 10 days for my USDT withdrawal.';
const TXID = 'b3c1f0e2d4a5968778695a4b3c2d1e0f9a8b7c6d5e4f30211203948576a6b7c8';
const WALLET = 'TJRabPrwbZy45sbavfcjinPJC4kY6dUkLk';
const UID = '35871234';

interface Case {
  t: TestCore;
  ticketId: number;
  hashes: string[];
}

/** A complete ticket: profile, respondent, references, amounts, entries in both languages, a call, an escalation, evidence. */
async function buildCase(): Promise<Case> {
  const t = openTestCore({ clock: fakeClock('2024-03-20T00:00:00.000Z') });
  const { router } = t;
  await call(router, 'profile.update', { name: '张伟 Zhang Wei', contact: 'zhang.wei@example.com', country: 'CN', postalAddress: '上海市浦东新区世纪大道100号' });
  const platformId = (
    await call(router, 'platforms.create', {
      name: 'Nexa Exchange',
      legalEntity: 'Nexa Holdings Ltd',
      registrationNumber: 'VASP-0042',
      jurisdiction: 'HK',
      accountUid: UID,
    })
  ).id;
  const ticketId = (
    await call(router, 'tickets.create', {
      platformId,
      title: 'USDT 提现未到账 Withdrawal missing',
      category: 'withdrawal_delayed',
      platformRefs: ['CASE-2024-001', 'TK-778899'],
      desiredOutcome: 'Credit the 1,250.50 USDT to my wallet within 14 days.',
      summary: `On 1 March I withdrew 1,250.50 USDT to ${WALLET}. My UID is ${UID}. 平台至今未处理。`,
      transactions: [
        { asset: 'USDT', amount: '1250.5', network: 'TRC20', txid: TXID, toAddress: WALLET, orderId: 'W-20240301-0001' },
        { asset: 'USDC', amount: '10', network: 'Obscurechain', txid: 'obscure-tx-1' },
      ],
    })
  ).id;
  await call(router, 'tickets.update', { id: ticketId, fiatAmount: '9000', fiatCurrency: 'hkd' });
  await call(router, 'log.add', { ticketId, author: 'me', text: EN, channel: 'email', occurredAt: '2024-03-01T09:00:00+08:00', timeZone: 'Asia/Shanghai' });
  t.clock.advance(60_000);
  const zhEntry = (
    await call(router, 'log.add', { ticketId, author: 'agent', agentName: '客服小王', text: ZH, channel: 'live_chat', occurredAt: '2024-03-02T10:00:00+08:00', timeZone: 'Asia/Shanghai' })
  ).id;
  await call(router, 'log.add', { ticketId, author: 'me', kind: 'call', text: 'Called the hotline, +44 20 7946 0958 told me to wait.', call: { durationSec: 754, number: '+44 20 7946 0958' }, occurredAt: '2024-03-03T09:00:00Z', timeZone: 'Europe/London' });
  await call(router, 'escalations.add', {
    ticketId,
    level: 'senior',
    at: '2024-03-05T02:00:00.000Z',
    toWhom: 'Complaints desk',
    reference: 'NX-ESC-1',
    deadlineAt: '2024-03-08T02:00:00.000Z',
  });
  await call(router, 'escalations.add', {
    ticketId,
    level: 'third_party',
    venueKind: 'regulator',
    at: '2024-03-10T02:00:00.000Z',
    toWhom: 'Securities and Futures Commission',
    reference: 'SFC-REF-5521',
    deadlineAt: '2024-03-24T02:00:00.000Z',
  });
  await call(router, 'tickets.rate', { ticketId, attitude: 2, problemSolving: 1, lessons: 'Ask for a reference number every time.' });
  const hashes: string[] = [];
  hashes.push((await call(router, 'evidence.upload', { ticketId, name: 'chat-screenshot.png', entryId: zhEntry }, fs.readFileSync(FIXTURE_PNG))).sha256);
  hashes.push((await call(router, 'evidence.upload', { ticketId, name: 'photo.jpg' }, await jpeg(1200, 900))).sha256);
  hashes.push((await call(router, 'evidence.upload', { ticketId, name: 'bank statement.txt' }, Buffer.from('statement 2024-03\n'))).sha256);
  return { t, ticketId, hashes };
}

async function exportPdf(t: TestCore, input: Record<string, unknown>): Promise<{ bytes: Buffer; result: DownloadResult }> {
  const result = await call<DownloadResult>(t.router, 'export.pdf', input);
  return { bytes: await readStream(result.stream), result };
}

describe('export.pdf', () => {
  it('answers a PDF named after the ticket and the export date, and records the export in the audit trail', async () => {
    const { t, ticketId, hashes } = await buildCase();
    const { bytes, result } = await exportPdf(t, { ticketId });
    expect(result.contentType).toBe('application/pdf');
    expect(result.fileName).toBe(`casefile-ticket-${ticketId}-2024-03-20.pdf`);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.size).toBe(bytes.length);

    const exported = t.ctx.audit.list(ticketId).filter((e) => e.action === 'ticket.exported');
    expect(exported).toHaveLength(1);
    expect(exported[0]!.detail).toMatchObject({ format: 'pdf', language: 'both', redacted: false, evidence: hashes });
  });

  it('in both languages: cover, transcript lines in Chinese and English, every hash, bilingual labels and page numbers', async () => {
    const { t, ticketId, hashes } = await buildCase();
    const { bytes } = await exportPdf(t, { ticketId, language: 'both' });
    const text = pdfText(bytes);
    const flat = squash(text);
    const pages = pdfPages(bytes);
    expect(pages).toBeGreaterThanOrEqual(6);

    // Cover.
    for (const expected of ['张伟 Zhang Wei', 'zhang.wei@example.com', UID, 'Nexa Holdings Ltd', 'VASP-0042', 'HK', 'CASE-2024-001, TK-778899', '1250.5 USDT', '10 USDC', '9000 HKD', 'Credit the 1,250.50 USDT', '平台至今未处理']) {
      expect(flat).toContain(squash(expected));
    }
    expect(flat).toContain(squash('Complainant / 投诉人'));
    expect(flat).toContain(squash('Respondent / 被投诉方'));
    expect(flat).toContain(squash('Withdrawal delayed / 提现延迟'));
    // Transcript: both lines, who, local time with zone and UTC.
    expect(flat).toContain(squash(ZH));
    expect(flat).toContain(squash(EN));
    expect(flat).toContain(squash('客服小王'));
    expect(flat).toContain(squash('2024-03-02 10:00:00 Asia/Shanghai (2024-03-02 02:00:00 UTC)'));
    expect(flat).toContain(squash('Phone call: number +44 20 7946 0958, duration 12 min / 电话：号码 +44 20 7946 0958，时长 12分钟'));
    // Transactions with the explorer link; the unknown network says so.
    expect(flat).toContain(squash(`https://tronscan.org/#/transaction/${TXID}`));
    expect(flat).toContain(squash('No block explorer known for this network'));
    // Escalations with references and deadlines; the one that passed unanswered says so.
    expect(flat).toContain(squash('Securities and Futures Commission'));
    expect(flat).toContain('SFC-REF-5521');
    expect(flat).toContain(squash('2024-03-24 02:00:00 UTC'));
    expect(flat).toContain('NX-ESC-1');
    expect(flat).toContain(squash('2024-03-08 02:00:00 UTC (passed without an answer / 已过期，未获答复)'));
    expect(flat).not.toContain(squash('2024-03-24 02:00:00 UTC (passed'));
    // Response times, rating.
    expect(flat).toContain(squash('Response times / 响应时间'));
    expect(flat).toContain(squash('2 of 5 / 2 分（满分 5 分）'));
    // Evidence index: every hash in full.
    for (const hash of hashes) expect(flat).toContain(hash);
    expect(flat).toContain('chat-screenshot.png');
    expect(flat).toContain(squash('bank statement.txt'));
    // Declaration, header and page numbers on every page.
    expect(flat).toContain(squash('Declaration / 声明'));
    expect(flat).toContain(squash('I declare that the information in this dossier is true'));
    expect(flat).toContain(squash('本人声明'));
    for (let n = 1; n <= pages; n++) expect(flat).toContain(squash(`Page ${n} of ${pages} / 第${n}页，共${pages}页`));
    expect(text.match(new RegExp(`Casefile · Ticket / 工单 #${ticketId} · exported / 导出于 2024-03-20 00:01:00 UTC`, 'g'))).toHaveLength(pages);
  });

  it('embeds the images (the PNG screenshot and the JPEG photo), scaled, and not the text file', async () => {
    const { t, ticketId } = await buildCase();
    const images = pdfImages((await exportPdf(t, { ticketId })).bytes);
    expect(images).toHaveLength(2);
    expect(images.map((i) => `${i.width}x${i.height}`).sort()).toEqual(['1200x900', '320x200']);
  });

  it('names the complainant’s country and the jurisdiction, in each language, with the code entered', async () => {
    const { t, ticketId } = await buildCase();
    const both = squash(pdfText((await exportPdf(t, { ticketId, language: 'both' })).bytes));
    expect(both).toContain(squash('China (CN) / 中国（CN）'));
    expect(both).toContain(squash('Hong Kong SAR China (HK) / 中国香港特别行政区（HK）'));
    const zh = squash(pdfText((await exportPdf(t, { ticketId, language: 'zh-CN' })).bytes));
    expect(zh).toContain(squash('中国（CN）'));
    expect(zh).not.toContain('China(CN)');
  });

  it('in English only: English labels, no Chinese labels, the user’s Chinese text still there', async () => {
    const { t, ticketId } = await buildCase();
    const { bytes } = await exportPdf(t, { ticketId, language: 'en' });
    const flat = squash(pdfText(bytes));
    const pages = pdfPages(bytes);
    expect(flat).toContain(squash('Conversation transcript'));
    expect(flat).toContain(squash(`Page 1 of ${pages}`));
    expect(flat).toContain(squash(ZH));
    for (const chinese of ['对话记录', '投诉人', '证据索引', '第1页']) expect(flat).not.toContain(chinese);
  });

  it('in Chinese only: Chinese labels and page numbers, no English labels', async () => {
    const { t, ticketId, hashes } = await buildCase();
    const { bytes } = await exportPdf(t, { ticketId, language: 'zh-CN' });
    const flat = squash(pdfText(bytes));
    const pages = pdfPages(bytes);
    for (const label of ['投诉档案', '投诉人', '被投诉方', '对话记录', '证据索引', '声明', `第1页，共${pages}页`]) expect(flat).toContain(label);
    for (const english of ['Conversation transcript', 'Complainant', 'Evidence index', 'Page 1 of']) expect(flat).not.toContain(squash(english));
    expect(flat).toContain(squash(EN));
    for (const hash of hashes) expect(flat).toContain(hash);
  });

  it('gives byte-identical PDFs for the same ticket, options and export time, whatever the process time zone', async () => {
    const { t, ticketId } = await buildCase();
    const saved = process.env.TZ;
    let first: Buffer;
    try {
      process.env.TZ = 'Asia/Shanghai';
      first = (await exportPdf(t, { ticketId, language: 'both' })).bytes;
      const second = (await exportPdf(t, { ticketId, language: 'both' })).bytes;
      process.env.TZ = 'America/Los_Angeles';
      const third = (await exportPdf(t, { ticketId, language: 'both' })).bytes;
      expect(second.equals(first)).toBe(true);
      expect(third.equals(first)).toBe(true);
      expect(pdfInfo(first)).toMatch(/CreationDate:\s+2024-03-20T00:01:00Z/);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    // A later export time is a different document (the header says when).
    t.clock.advance(1000);
    const later = (await exportPdf(t, { ticketId, language: 'both' })).bytes;
    expect(squash(pdfText(later))).toContain(squash('exported / 导出于 2024-03-20 00:01:01 UTC'));
    expect(later.equals(first)).toBe(false);
  });

  it('redacted: masks the e-mail, phones, UID, postal address and the middle of wallet addresses; keeps hashes and txids', async () => {
    const { t, ticketId, hashes } = await buildCase();
    const { bytes } = await exportPdf(t, { ticketId, redact: true });
    const flat = squash(pdfText(bytes));
    expect(flat).toContain(squash('Personal identifiers masked'));
    expect(flat).toContain('已遮蔽个人身份信息');
    for (const secret of ['zhang.wei@example.com', UID, '7946 0958', '7946', WALLET, '世纪大道']) expect(flat).not.toContain(squash(secret));
    expect(flat).toContain(`TJRabP${'*'.repeat(WALLET.length - 10)}UkLk`);
    expect(flat).toContain('******34');
    for (const hash of hashes) expect(flat).toContain(hash);
    expect(flat).toContain(TXID);
    expect(flat).toContain('W-20240301-0001');
    expect(flat).toContain('CASE-2024-001');
    expect(flat).toContain(squash(ZH));
    expect(flat).toContain(squash('张伟 Zhang Wei'));
    // The evidence files themselves are untouched.
    for (const hash of hashes) expect((await call(t.router, 'evidence.list', { ticketId })).map((e: { sha256: string }) => e.sha256)).toContain(hash);
  });

  it('lists a file missing from the vault as MISSING with its recorded hash, and still completes', async () => {
    const { t, ticketId, hashes } = await buildCase();
    fs.rmSync(t.ctx.vault.pathOf(hashes[0]!), { force: true });
    const { bytes } = await exportPdf(t, { ticketId, language: 'en' });
    const text = pdfText(bytes);
    expect(squash(text)).toContain(squash('MISSING: the file was not in the vault at export time'));
    for (const hash of hashes) expect(squash(text)).toContain(hash);
    expect(pdfImages(bytes)).toHaveLength(1);
    // Recorded as the ZIP export records it: the item's custody says missing, the audit event does not list it as shipped.
    const [item] = await call<{ id: number; sha256: string }[]>(t.router, 'evidence.list', { ticketId });
    expect((await call(t.router, 'evidence.custody', { id: item!.id })).at(-1)).toMatchObject({ event: 'missing', via: `casefile-ticket-${ticketId}-2024-03-20.pdf` });
    expect(t.ctx.audit.list(ticketId).at(-1)).toMatchObject({ action: 'ticket.exported', detail: { evidence: hashes.slice(1), missing: [hashes[0]] } });
  });

  it('does not show an image whose file no longer matches its hash: ALTERED', async () => {
    const { t, ticketId, hashes } = await buildCase();
    const file = t.ctx.vault.pathOf(hashes[1]!);
    const altered = fs.readFileSync(file);
    altered.writeUInt8(altered.readUInt8(altered.length - 3) ^ 0xff, altered.length - 3);
    fs.chmodSync(file, 0o644);
    fs.writeFileSync(file, altered);
    const { bytes } = await exportPdf(t, { ticketId, language: 'en' });
    expect(squash(pdfText(bytes))).toContain(squash('ALTERED: the file in the vault no longer matches its recorded SHA-256'));
    expect(pdfImages(bytes).map((i) => i.width)).toEqual([320]);
  });

  it('exports a ticket with no entries, no evidence and no transactions', async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'Empty Ex' })).id;
    const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'Nothing yet' })).id;
    const { bytes } = await exportPdf(t, { ticketId, language: 'both' });
    const flat = squash(pdfText(bytes));
    for (const expected of ['No conversation entries recorded.', 'No transactions recorded.', 'No escalations recorded.', 'No evidence files.', 'not given / 未填写', 'Declaration / 声明']) {
      expect(flat).toContain(squash(expected));
    }
  });

  it('answers not_found for a ticket that does not exist, and invalid_input for a bad language', async () => {
    const t = openTestCore();
    await callError(t.router, 'export.pdf', { ticketId: 999 }, 'not_found');
    await callError(t.router, 'export.pdf', { ticketId: 1, language: 'fr' }, 'invalid_input');
  });
});
