/**
 * renderDossierPdf's options as the ZIP and portal exports use them: a transcript split into parts
 * (entrySlice + partLabel), images left out or bounded and re-encoded as JPEG, evidence already known
 * to be missing, and the explorer links per network.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readDossierData } from '../../../src/main/core/export/dossierData';
import { renderDossierPdf, type PdfOptions } from '../../../src/main/core/export/pdf/renderDossierPdf';
import { explorerLink } from '../../../src/main/core/export/pdf/explorers';
import { call, cleanup, FIXTURE_PNG, openTestCore, type TestCore } from '../helpers';
import { jpeg } from '../images';
import { pdfImages, pdfText, squash } from './pdfReadBack';

afterEach(cleanup);

const EXPORTED_AT = new Date('2024-03-01T02:00:00.000Z');

async function fiveEntries(): Promise<{ t: TestCore; ticketId: number; evidence: { id: number; sha256: string }[] }> {
  const t = openTestCore();
  const platformId = (await call(t.router, 'platforms.create', { name: 'Parts Ex' })).id;
  const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'Split me' })).id;
  for (let n = 1; n <= 5; n++) await call(t.router, 'log.add', { ticketId, author: n % 2 ? 'me' : 'agent', text: `message-number-${n} 第${n}条消息` });
  const evidence = [
    await call(t.router, 'evidence.upload', { ticketId, name: 'screen.png' }, fs.readFileSync(FIXTURE_PNG)),
    await call(t.router, 'evidence.upload', { ticketId, name: 'photo.jpg' }, await jpeg(1600, 1200)),
  ];
  return { t, ticketId, evidence };
}

async function render(t: TestCore, ticketId: number, options: Partial<PdfOptions>): Promise<Buffer> {
  return renderDossierPdf(t.ctx, readDossierData(t.ctx, ticketId), { language: 'en', redact: false, exportedAt: EXPORTED_AT, images: 'embed', ...options });
}

describe('renderDossierPdf parts', () => {
  it('the first part is the whole dossier with its share of the transcript and says where it continues', async () => {
    const { t, ticketId, evidence } = await fiveEntries();
    const flat = squash(pdfText(await render(t, ticketId, { entrySlice: [0, 2], partLabel: 'Part 1 of 2' })));
    // The timeline still lists all five; the transcript holds the first two.
    const transcript = flat.slice(flat.indexOf('Conversationtranscript'), flat.indexOf('Transactions'));
    expect(transcript).toContain('message-number-1');
    expect(transcript).toContain('message-number-2');
    expect(transcript).not.toContain('message-number-3');
    expect(flat).toContain(squash('Entries 1-2 of 5.'));
    expect(flat).toContain(squash('The transcript continues in the next part (entries 3-5).'));
    expect(flat).toContain(squash('Evidence index'));
    for (const item of evidence) expect(flat).toContain(item.sha256);
    expect(flat).toContain(squash('Part 1 of 2'));
  });

  it('a later part holds only the continued transcript, with the part in every header', async () => {
    const { t, ticketId, evidence } = await fiveEntries();
    const bytes = await render(t, ticketId, { entrySlice: [2, 5], partLabel: 'Part 2 of 2 / 第2部分，共2部分', language: 'both' });
    const text = pdfText(bytes);
    const flat = squash(text);
    expect(flat).toContain(squash('Complaint dossier (continued) / 投诉档案（续）'));
    for (const n of [3, 4, 5]) expect(flat).toContain(`message-number-${n}第${n}条消息`);
    for (const n of [1, 2]) expect(flat).not.toContain(`message-number-${n}第${n}条消息`);
    expect(flat).not.toContain(squash('Evidence index'));
    expect(flat).not.toContain(evidence[0]!.sha256);
    const headers = text.split('\n').filter((line) => line.startsWith('Casefile ·'));
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(header).toContain('Part 2 of 2');
  });
});

describe('renderDossierPdf images and evidence options', () => {
  it("images: 'none' lists every file and embeds no picture", async () => {
    const { t, ticketId, evidence } = await fiveEntries();
    const bytes = await render(t, ticketId, { images: 'none' });
    expect(pdfImages(bytes)).toHaveLength(0);
    const flat = squash(pdfText(bytes));
    expect(flat).toContain(squash('Images are not embedded in this PDF'));
    for (const item of evidence) expect(flat).toContain(item.sha256);
  });

  it('imageMaxPixels bounds every image and jpegQuality turns the PNG screenshot into a JPEG', async () => {
    const { t, ticketId } = await fiveEntries();
    const images = pdfImages(await render(t, ticketId, { imageMaxPixels: 40_000, jpegQuality: 60 }));
    expect(images).toHaveLength(2);
    for (const image of images) {
      expect(image.width * image.height).toBeLessThanOrEqual(40_000 * 1.01);
      expect(image.enc).toBe('jpeg');
    }
    // Without the options: the photo is a JPEG at most 4 MP (pdfImages.test.ts covers the screenshots).
    const plain = pdfImages(await render(t, ticketId, {}));
    expect(plain).toHaveLength(2);
    for (const image of plain) expect(image.width * image.height).toBeLessThanOrEqual(4_000_000);
    expect(plain.map((i) => i.enc)).toContain('jpeg');
  });

  it('lists evidence named in missingEvidence with its reason: MISSING from the vault, or ALTERED (changed size)', async () => {
    const { t, ticketId, evidence } = await fiveEntries();
    const [screen, photo] = evidence;
    const bytes = await render(t, ticketId, { missingEvidence: new Map([[photo!.id, 'missing'], [screen!.id, 'altered']]) });
    const flat = squash(pdfText(bytes));
    const index = flat.slice(flat.indexOf('Evidenceindex'));
    const altered = index.indexOf('E1screen.png');
    const missing = index.indexOf('E2photo.jpg');
    expect(altered).toBeGreaterThanOrEqual(0);
    expect(missing).toBeGreaterThan(altered);
    // Each item says why it was left out: a changed file is not "not in the vault".
    expect(index.slice(altered, missing)).toContain(squash('ALTERED: the file in the vault no longer matches its recorded SHA-256 (it was changed after it was added)'));
    expect(index.slice(altered, missing)).not.toContain('MISSING');
    expect(index.slice(missing)).toContain(squash('MISSING: the file was not in the vault at export time'));
    expect(pdfImages(bytes)).toEqual([]);
  });

  it('is byte-identical for the same options, also when redacted or split', async () => {
    const { t, ticketId } = await fiveEntries();
    for (const options of [{ redact: true }, { entrySlice: [2, 5] as [number, number], partLabel: 'Part 2 of 2' }, { language: 'zh-CN' as const, jpegQuality: 70 }]) {
      const a = await render(t, ticketId, options);
      const b = await render(t, ticketId, options);
      expect(a.equals(b)).toBe(true);
    }
  });
});

describe('renderDossierPdf sections', () => {
  it("a long ticket's timeline has one line per day with counts; the transcript keeps every entry", async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'Busy Ex' })).id;
    const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'Long one' })).id;
    for (let n = 0; n < 160; n++) {
      const day = n < 100 ? '2024-02-01' : '2024-02-02';
      const at = `${day}T${String(Math.floor((n % 100) / 6)).padStart(2, '0')}:${String((n % 6) * 10).padStart(2, '0')}:00Z`;
      await call(t.router, 'log.add', { ticketId, author: n % 4 === 0 ? 'agent' : 'me', text: `entry-${n}`, occurredAt: at });
    }
    const flat = squash(pdfText(await render(t, ticketId, {})));
    expect(flat).toContain(squash('2024-02-01 100 entries (75 from the complainant, 25 from the platform)'));
    expect(flat).toContain(squash('2024-02-02 60 entries (45 from the complainant, 15 from the platform)'));
    for (const n of [0, 99, 159]) expect(flat).toContain(`entry-${n}`);
  });

  it('shows suspected impersonation: the flagged message, its excerpt and the reason', async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'Binance', officialDomains: ['binance.com'] })).id;
    const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'Scam attempt' })).id;
    await call(t.router, 'log.add', { ticketId, author: 'agent', agentName: 'Fake Support', text: '请提供您的助记词以便解冻账户' });
    const flat = squash(pdfText(await render(t, ticketId, { language: 'both' })));
    expect(flat).toContain(squash('Suspected impersonation / 疑似冒充客服'));
    expect(flat).toContain('提供您的助记词');
    expect(flat).toContain(squash('Fake Support'));
    expect(flat).toContain(squash('No exchange or wallet support ever asks for it'));
  });
});

describe('explorerLink', () => {
  it.each([
    ['TRC20', 'USDT', 'https://tronscan.org/#/transaction/'],
    ['ERC-20', 'USDT', 'https://etherscan.io/tx/'],
    ['Ethereum', 'ETH', 'https://etherscan.io/tx/'],
    ['BNB Smart Chain (BEP20)', 'USDT', 'https://bscscan.com/tx/'],
    ['Bitcoin', 'BTC', 'https://mempool.space/tx/'],
    ['Solana', 'USDC', 'https://solscan.io/tx/'],
    ['Polygon', 'USDC', 'https://polygonscan.com/tx/'],
    [null, 'BTC', 'https://mempool.space/tx/'],
  ])('%s / %s → %s', (network, asset, prefix) => {
    expect(explorerLink(network, asset, 'abc')?.url).toBe(`${prefix}abc`);
  });

  it('gives no link for an unknown network, or a multi-chain asset without a network', () => {
    expect(explorerLink('Obscurechain', 'XYZ', 'abc')).toBeNull();
    expect(explorerLink(null, 'USDT', 'abc')).toBeNull();
  });

  it('encodes the txid, so a hostile one cannot change the URL', () => {
    expect(explorerLink('TRC20', 'USDT', 'a/../b?x#y')?.url).toBe('https://tronscan.org/#/transaction/a%2F..%2Fb%3Fx%23y');
  });
});
