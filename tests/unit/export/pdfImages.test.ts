/**
 * How evidence images are embedded in the dossier PDF: screenshots stay sharp and about as small as their
 * own files (a palette PNG at their own pixel size, exactly their pixels), photos become bounded JPEGs,
 * and a photo saved as PNG is not kept as a huge lossless picture. Read back with poppler's pdfimages.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { readDossierData } from '../../../src/main/core/export/dossierData';
import { renderDossierPdf, type PdfOptions } from '../../../src/main/core/export/pdf/renderDossierPdf';
import { call, cleanup, FIXTURE_PNG, openTestCore, type TestCore } from '../helpers';
import { jpeg } from '../images';
import { extractedImages, pdfImages } from './pdfReadBack';
import { screenshotPng } from './screenshots';

afterEach(cleanup);

async function ticketWith(files: { name: string; bytes: Buffer }[]): Promise<{ t: TestCore; ticketId: number }> {
  const t = openTestCore();
  const platformId = (await call(t.router, 'platforms.create', { name: 'Images Ex' })).id;
  const ticketId = (await call(t.router, 'tickets.create', { platformId, title: 'Screenshots' })).id;
  for (const file of files) await call(t.router, 'evidence.upload', { ticketId, name: file.name }, file.bytes);
  return { t, ticketId };
}

function render(t: TestCore, ticketId: number, options: Partial<PdfOptions> = {}): Promise<Buffer> {
  const exportedAt = new Date('2024-03-01T02:00:00.000Z');
  return renderDossierPdf(t.ctx, readDossierData(t.ctx, ticketId), { language: 'both', redact: false, exportedAt, images: 'embed', ...options });
}

async function rgb(png: Buffer): Promise<Buffer> {
  return sharp(png).flatten({ background: '#ffffff' }).removeAlpha().toColourspace('srgb').raw().toBuffer();
}

describe('evidence images in the PDF', () => {
  it('embeds screenshots at their own pixel size, colours kept, for about what their files weigh', async () => {
    const shots = [
      { name: 'desktop.png', bytes: await screenshotPng(1440, 900, 1) },
      { name: 'phone.png', bytes: await screenshotPng(1170, 2532, 2) },
      { name: 'wide.png', bytes: await screenshotPng(1920, 1080, 3) },
    ];
    const { t, ticketId } = await ticketWith(shots);
    const withImages = await render(t, ticketId);
    const without = await render(t, ticketId, { images: 'none' });
    const screenshotBytes = shots.reduce((sum, s) => sum + s.bytes.length, 0);
    // Resampled into RGB PNGs these came to several times their size (a 10 MB set made an 85 MB PDF).
    expect(withImages.length - without.length).toBeLessThan(1.5 * screenshotBytes);

    const listed = pdfImages(withImages);
    expect(listed.map((i) => `${i.width}x${i.height}`)).toEqual(['1440x900', '1170x2532', '1920x1080']);
    expect(listed.map((i) => i.enc)).toEqual(['image', 'image', 'image']);
    // Not resampled, and the palette keeps every colour within a few levels: the text reads as it did on screen.
    const extracted = extractedImages(withImages);
    for (const [index, shot] of shots.entries()) {
      const [embedded, original] = [await rgb(extracted[index]!), await rgb(shot.bytes)];
      expect(embedded.length, shot.name).toBe(original.length);
      let worst = 0;
      let total = 0;
      for (let i = 0; i < original.length; i++) {
        const difference = Math.abs(embedded[i]! - original[i]!);
        worst = Math.max(worst, difference);
        total += difference;
      }
      expect(worst, shot.name).toBeLessThanOrEqual(8);
      expect(total / original.length, shot.name).toBeLessThan(1);
    }
  });

  it('a photo stays a JPEG, bounded by the size it is shown at; a photo saved as PNG becomes one too', async () => {
    const photoAsPng = fs.readFileSync(FIXTURE_PNG); // a smooth colour field, as photos are
    const bigPhotoAsPng = await sharp(photoAsPng).resize(2400, 1500).png().toBuffer();
    const { t, ticketId } = await ticketWith([
      { name: 'photo.jpg', bytes: await jpeg(4000, 3000) },
      { name: 'scan.png', bytes: bigPhotoAsPng },
    ]);
    const bytes = await render(t, ticketId);
    const [photo, scan] = pdfImages(bytes);
    expect(photo).toMatchObject({ enc: 'jpeg' });
    expect(photo!.width).toBeLessThanOrEqual(1210); // 2.5 pixels per point across the text width
    expect(scan).toMatchObject({ enc: 'jpeg' });
    expect(scan!.width).toBeLessThanOrEqual(1210);
    expect(bytes.length).toBeLessThan(bigPhotoAsPng.length);
  });

  it('the same images give the same bytes', async () => {
    const { t, ticketId } = await ticketWith([
      { name: 'a.png', bytes: await screenshotPng(1440, 900, 4) },
      { name: 'b.png', bytes: fs.readFileSync(FIXTURE_PNG) },
    ]);
    expect((await render(t, ticketId)).equals(await render(t, ticketId))).toBe(true);
  });
});
