/**
 * The dossier PDF's layout as a reader meets it, measured on the words poppler finds: a label and its value
 * sit on one line, a step of the escalation history or a transfer is never cut in two by a page break, and
 * a tall screenshot with a long caption stays out of the bottom margin.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDossierData } from '../../../src/main/core/export/dossierData';
import { renderDossierPdf } from '../../../src/main/core/export/pdf/renderDossierPdf';
import { LIMITS } from '../../../src/shared/limits';
import { call, cleanup, makeTempDir, openTestCore, type TestCore } from '../helpers';
import { pdfImages, pdfText, pdfWordBoxes } from './pdfReadBack';
import { screenshotPng } from './screenshots';

afterEach(cleanup);

/** Noto Sans SC's descender: poppler's word box ends this far (× font size) below the baseline. */
const DESCENT = 0.288;

async function ticketWith(summaryLines: number): Promise<{ t: TestCore; ticketId: number }> {
  const t = openTestCore();
  await call(t.router, 'profile.update', { name: 'Zhang Wei', contact: 'zhang@example.com' });
  const platformId = (await call(t.router, 'platforms.create', { name: 'Acme Exchange' })).id;
  const ticketId = (
    await call(t.router, 'tickets.create', {
      platformId,
      title: 'Layout',
      // Pushes what follows down line by line, so a page break falls at every place in the sections after it.
      summary: Array.from({ length: summaryLines }, (_, i) => `Line ${i + 1} of the summary.`).join('\n'),
      transactions: [1, 2, 3].map((n) => ({ asset: 'USDT', amount: `${n}00`, network: 'TRC20', txid: `${n}`.repeat(64), toAddress: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', orderId: `ORDER-${n}` })),
    })
  ).id;
  for (const level of ['frontline', 'senior', 'management', 'third_party'] as const) {
    await call(t.router, 'escalations.add', { ticketId, level, toWhom: `Desk ${level}`, reference: `REF-${level}`, deadlineAt: '2024-04-01T00:00:00Z' });
  }
  return { t, ticketId };
}

function render(t: TestCore, ticketId: number): Promise<Buffer> {
  return renderDossierPdf(t.ctx, readDossierData(t.ctx, ticketId), { language: 'en', redact: false, exportedAt: new Date('2024-03-01T02:00:00Z'), images: 'embed' });
}

describe('dossier PDF layout', () => {
  it('prints each label on the baseline of its value', async () => {
    const { t, ticketId } = await ticketWith(1);
    const boxes = pdfWordBoxes(await render(t, ticketId));
    const baseline = (word: string, size: number) => {
      const box = boxes.find((b) => b.word === word)!;
      expect(box, word).toBeDefined();
      return box.yMax - DESCENT * size;
    };
    // "Name" is a label (8 pt), "Zhang" its value (9.5 pt).
    expect(Math.abs(baseline('Name', 8) - baseline('Zhang', 9.5))).toBeLessThan(0.5);
    expect(Math.abs(baseline('Platform', 8) - baseline('Acme', 9.5))).toBeLessThan(0.5);
  });

  it('never splits an escalation step or a transfer across two pages', async () => {
    // Forty summaries, one line longer each: the breaks move through both sections.
    for (let lines = 1; lines <= 40; lines++) {
      const { t, ticketId } = await ticketWith(lines);
      const pages = pdfText(await render(t, ticketId)).split('\f');
      for (const [index, page] of pages.entries()) {
        const where = `${lines} summary lines, page ${index + 1}`;
        // A step begins with its number and ends with "Answered"; a transfer ends with its explorer link.
        const steps = page.match(/^\d\. (Front-line support|Senior support|Management|Outside body)/gm) ?? [];
        expect(page.match(/^Answered/gm) ?? [], where).toHaveLength(steps.length);
        const transfers = page.match(/^\d\. \d00 USDT/gm) ?? [];
        expect(page.match(/^Block explorer/gm) ?? [], where).toHaveLength(transfers.length);
      }
      cleanup();
    }
  }, 120_000);

  it('shows a tall screenshot large whatever its caption, and keeps it above the bottom margin', async () => {
    const t = openTestCore();
    const platformId = (await call(t.router, 'platforms.create', { name: 'Tall Ex' })).id;
    const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'Tall' })).id;
    const description = 'A long description of what this screenshot shows and why it matters. '.repeat(50);
    await call(t.router, 'evidence.upload', { ticketId, name: 'phone.png', description }, await screenshotPng(1170, 2532, 5));
    // The longest description allowed: pages of it, printed in full in the index.
    const endless = 'Every word of this description was typed by the user. '.repeat(400).slice(0, LIMITS.longText);
    await call(t.router, 'evidence.upload', { ticketId, name: 'phone-2.png', description: endless }, await screenshotPng(1170, 2532, 6));
    const bytes = await render(t, ticketId);
    // Both pictures are still shown large, not as thumbnails under their captions: 2532 pixels drawn at
    // least 500 points tall (a reader can make out a phone screenshot's text on paper).
    for (const image of pdfImages(bytes)) expect(image.ppi).toBeLessThanOrEqual(Math.ceil((2532 / 500) * 72));
    const pages = grayPages(bytes);
    // The bottom margin's left part (the centred page number is elsewhere) is blank paper on every page.
    for (const [index, page] of pages.entries()) {
      const top = Math.ceil(page.height * ((842 - 56) / 842));
      let ink = 0;
      for (let y = top; y < page.height; y++) for (let x = 0; x < page.width * 0.3; x++) if (page.pixels[y * page.width + x]! < 245) ink++;
      expect(ink, `page ${index + 1}`).toBe(0);
    }
  });
});

/** Each page rendered by poppler at 36 dpi in grey. */
function grayPages(bytes: Buffer): { width: number; height: number; pixels: Buffer }[] {
  const dir = makeTempDir('casefile-pages-');
  fs.writeFileSync(path.join(dir, 'd.pdf'), bytes);
  execFileSync('pdftoppm', ['-r', '36', '-gray', path.join(dir, 'd.pdf'), path.join(dir, 'page')]);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => {
      const file = fs.readFileSync(path.join(dir, name));
      // Binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
      const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(file.subarray(0, 40).toString('latin1'))!;
      const header = /^P5\s+\d+\s+\d+\s+255\s/.exec(file.subarray(0, 40).toString('latin1'))![0].length;
      return { width: Number(width), height: Number(height), pixels: file.subarray(header) };
    });
}
