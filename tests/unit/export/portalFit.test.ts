/**
 * The fitting steps of portal mode on their own: the PDF is tried with images, then without, then split
 * into parts that each fit (a renderer whose size is known per entry makes every branch reachable); an
 * image is kept as it is when it is a JPEG that fits, else re-encoded smaller until it fits, else refused.
 */
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { evenSlices, fitDossierPdf, type RenderPdf } from '../../../src/main/core/export/portal/fitPdf';
import { fitImageAsJpeg } from '../../../src/main/core/export/portal/fitImage';
import type { DossierData } from '../../../src/main/core/export/dossierData';
import type { PdfOptions } from '../../../src/main/core/export/pdf/renderDossierPdf';
import { cleanup, openTestCore } from '../helpers';

afterEach(cleanup);

/** 1,000 bytes of cover, `entryBytes[i]` per entry, and 50,000 for images when embedded. */
function fakeRenderer(entryBytes: number[]): { render: RenderPdf; calls: PdfOptions[] } {
  const calls: PdfOptions[] = [];
  const render: RenderPdf = async (_ctx, _data, options) => {
    calls.push(options);
    const [start, end] = options.entrySlice ?? [0, entryBytes.length];
    const size = 1000 + entryBytes.slice(start, end).reduce((a, b) => a + b, 0) + (options.images === 'embed' ? 50_000 : 0);
    return Buffer.alloc(size);
  };
  return { render, calls };
}

const data = (entries: number) => ({ entries: Array.from({ length: entries }, (_, id) => ({ id })) }) as unknown as DossierData;
const base = { language: 'both' as const, redact: false, exportedAt: new Date(0), missingEvidence: new Map() };
const signal = new AbortController().signal;

describe('fitting the dossier PDF', () => {
  it('keeps the images when the whole dossier fits, drops them when that is enough', async () => {
    const t = openTestCore();
    const sizes = Array(10).fill(100);
    const withImages = await fitDossierPdf(t.ctx, data(10), base, 60_000, fakeRenderer(sizes).render, signal);
    expect(withImages).toMatchObject({ images: 'embed', tooLarge: [] });
    expect(withImages.parts).toHaveLength(1);
    const fake = fakeRenderer(sizes);
    const textOnly = await fitDossierPdf(t.ctx, data(10), base, 10_000, fake.render, signal);
    expect(textOnly.images).toBe('none');
    expect(textOnly.parts.map((p) => p.slice)).toEqual([null]);
    expect(fake.calls.map((c) => c.images)).toEqual(['embed', 'none']);
    expect(fake.calls[0]).toMatchObject({ imageMaxPixels: expect.any(Number), jpegQuality: expect.any(Number) });
  });

  it('splits into contiguous labelled parts that each fit, splitting again where one part is still too large', async () => {
    const t = openTestCore();
    // Uneven entries: a few very long e-mails among short chats.
    const sizes = Array.from({ length: 40 }, (_, i) => (i % 9 === 0 ? 3_000 : 200));
    const fake = fakeRenderer(sizes);
    const fitted = await fitDossierPdf(t.ctx, data(40), base, 5_000, fake.render, signal);
    expect(fitted.tooLarge).toEqual([]);
    expect(fitted.parts.length).toBeGreaterThan(2);
    for (const part of fitted.parts) expect(part.bytes.length).toBeLessThanOrEqual(5_000);
    const slices = fitted.parts.map((p) => p.slice!);
    expect(slices[0]![0]).toBe(0);
    expect(slices.at(-1)![1]).toBe(40);
    for (let i = 1; i < slices.length; i++) expect(slices[i]![0]).toBe(slices[i - 1]![1]);
    expect(fitted.parts.map((p) => p.label)).toEqual(fitted.parts.map((_, i) => `Part ${i + 1} of ${fitted.parts.length} / 第 ${i + 1} 部分，共 ${fitted.parts.length} 部分`));
    // The labels rendered are the final ones.
    const last = fake.calls.slice(-fitted.parts.length);
    expect(last.map((c) => c.partLabel)).toEqual(fitted.parts.map((p) => p.label));
  });

  it('an entry too large on its own is reported, and the rest still goes in parts', async () => {
    const t = openTestCore();
    const sizes = [200, 200, 9_000, 200, 200];
    const fitted = await fitDossierPdf(t.ctx, data(5), base, 2_000, fakeRenderer(sizes).render, signal);
    expect(fitted.tooLarge).toEqual([[2, 3]]);
    const covered = fitted.parts.flatMap((p) => Array.from({ length: p.slice![1] - p.slice![0] }, (_, k) => p.slice![0] + k));
    expect(covered).toEqual([0, 1, 3, 4]);
  });

  it('stops when cancelled', async () => {
    const t = openTestCore();
    const controller = new AbortController();
    controller.abort();
    await expect(fitDossierPdf(t.ctx, data(40), base, 1_500, fakeRenderer(Array(40).fill(500)).render, controller.signal)).rejects.toThrow();
  });

  it('evenSlices covers 0..count in at most `parts` slices', () => {
    expect(evenSlices(10, 3)).toEqual([[0, 3], [3, 6], [6, 10]]);
    expect(evenSlices(2, 5)).toEqual([[0, 1], [1, 2]]);
  });
});

describe('fitting an image', () => {
  const photo = (width: number, height: number, format: 'jpeg' | 'png') => {
    const raw = Buffer.alloc(width * height * 3);
    for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 26;
    const image = sharp(raw, { raw: { width, height, channels: 3 } });
    return (format === 'jpeg' ? image.jpeg({ quality: 90 }) : image.png()).toBuffer();
  };

  it('a JPEG that fits is the original, byte for byte', async () => {
    const jpeg = await photo(800, 600, 'jpeg');
    const fitted = await fitImageAsJpeg(jpeg, 'image/jpeg', jpeg.length);
    expect(fitted).toMatchObject({ kind: 'original', width: 800, height: 600 });
    expect(fitted!.bytes.equals(jpeg)).toBe(true);
  });

  it('a PNG too large is re-encoded smaller until it fits; an impossible limit gives null', async () => {
    const png = await photo(2400, 1600, 'png');
    const limit = 150_000;
    expect(png.length).toBeGreaterThan(limit);
    const fitted = await fitImageAsJpeg(png, 'image/png', limit);
    expect(fitted!.kind).toBe('jpeg');
    expect(fitted!.bytes.length).toBeLessThanOrEqual(limit);
    expect((await sharp(fitted!.bytes).metadata()).format).toBe('jpeg');
    expect(await fitImageAsJpeg(png, 'image/png', 500)).toBeNull();
  });
});
