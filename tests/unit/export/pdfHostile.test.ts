/**
 * Text and files a user or an import can put in a ticket that a PDF renderer chokes on: emoji and
 * right-to-left scripts the font lacks, control characters, a 100,000-character "word", a 100,000-character
 * Chinese paragraph without a single space, images that cannot be decoded. The export must finish, keep
 * every line inside the page and still carry the text around the trouble.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../../src/main/core/api/router';
import { LIMITS } from '../../../src/shared/limits';
import { call, cleanup, openTestCore, readStream, type TestCore } from '../helpers';
import { pngClaiming } from '../images';
import { pdfImages, pdfPages, pdfText, pdfWordBoxes, squash } from './pdfReadBack';

afterEach(cleanup);

const MARGIN = 56;

async function ticket(t: TestCore): Promise<number> {
  const platformId = (await call(t.router, 'platforms.create', { name: 'Hostile Ex' })).id;
  return (await call(t.router, 'tickets.create', { platformId, title: 'Hostile 😀 שלום 🇨🇳' })).id;
}

async function exportPdf(t: TestCore, ticketId: number, language = 'both'): Promise<Buffer> {
  return readStream((await call<DownloadResult>(t.router, 'export.pdf', { ticketId, language })).stream);
}

function expectInsideThePage(bytes: Buffer): void {
  const boxes = pdfWordBoxes(bytes);
  expect(boxes.length).toBeGreaterThan(0);
  const outside = boxes.filter((b) => b.xMin < MARGIN - 1 || b.xMax > b.pageWidth - MARGIN + 1 || b.yMax > b.pageHeight);
  expect(outside.slice(0, 5)).toEqual([]);
}

describe('export.pdf with hostile text', () => {
  it('prints emoji, right-to-left text and control characters without failing, keeping the text around them', async () => {
    const t = openTestCore();
    const ticketId = await ticket(t);
    const texts = [
      'before-emoji 😀👍🏽👨‍👩‍👧 ❤️ after-emoji',
      'before-rtl مرحبا بالعالم שלום עולם \u202Eevil.exe\u202C after-rtl',
      'before-control \u0000\u0007\u001b[31m\u007f\u0085 \t tab after-control',
      'lone \ud800 surrogate and zero\u200bwidth\u200djoiner and\ufeffbom after-lone',
      '混合 mixed 中文 and English 文本 🙂 end-mixed',
    ];
    for (const text of texts) await call(t.router, 'log.add', { ticketId, author: 'agent', text });
    const bytes = await exportPdf(t, ticketId);
    const flat = squash(pdfText(bytes));
    for (const marker of ['before-emoji', 'after-emoji', 'before-rtl', 'after-rtl', 'before-control', 'after-control', 'after-lone', '混合mixed中文andEnglish文本']) {
      expect(flat).toContain(marker);
    }
    expectInsideThePage(bytes);
  });

  it('wraps a 100,000-character word and a 100,000-character Chinese paragraph inside the page', { timeout: 120_000 }, async () => {
    const t = openTestCore();
    const ticketId = await ticket(t);
    const chinese = '我的提现申请已经提交了十天仍然没有到账客服一直说在处理中请尽快给出明确答复';
    await call(t.router, 'log.add', { ticketId, author: 'me', text: `start-word ${'x'.repeat(LIMITS.entryText - 30)} end-word` });
    await call(t.router, 'log.add', { ticketId, author: 'me', text: chinese.repeat(Math.floor(LIMITS.entryText / chinese.length)) });
    await call(t.router, 'log.add', { ticketId, author: 'me', text: `https://example.com/${'a1'.repeat(300)}?q=${'z'.repeat(200)} end-url` });
    const bytes = await exportPdf(t, ticketId, 'zh-CN');
    const text = pdfText(bytes);
    expect(text).toContain('start-word');
    expect(text).toContain('end-word');
    expect(text).toContain('end-url');
    // The Chinese paragraph wrapped into many lines, each inside the margins.
    const chineseLines = text.split('\n').filter((line) => line.includes('提现申请已经提交'));
    expect(chineseLines.length).toBeGreaterThan(100);
    expectInsideThePage(bytes);
    expect(pdfPages(bytes)).toBeGreaterThan(50);
  });
});

describe('export.pdf with images it cannot show', () => {
  it('lists an undecodable image (a PNG header claiming 10 gigapixels) without embedding it', async () => {
    const t = openTestCore();
    const ticketId = await ticket(t);
    const bomb = await call(t.router, 'evidence.upload', { ticketId, name: 'bomb.png' }, pngClaiming(100_000, 100_000));
    const bytes = await exportPdf(t, ticketId, 'en');
    const flat = squash(pdfText(bytes));
    expect(flat).toContain(bomb.sha256);
    expect(flat).toContain(squash('not shown: the image could not be decoded'));
    expect(pdfImages(bytes)).toHaveLength(0);
  });
});
