import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../src/main/core/api/router';
import type { AddedEvidence } from '../../src/shared/domain';
import { call, callError, cleanup, createTicket, FIXTURE_PNG, listFiles, openTestCore, readStream, type TestCore } from './helpers';
import { jpeg, png, pngClaiming } from './images';

afterEach(cleanup);

async function setup(): Promise<TestCore & { ticketId: number; add(name: string, bytes: Buffer): Promise<AddedEvidence> }> {
  const t = openTestCore();
  const { ticketId } = await createTicket(t.router);
  return { ...t, ticketId, add: (name, bytes) => call<AddedEvidence>(t.router, 'evidence.upload', { ticketId, name }, bytes) };
}

async function thumbnail(t: TestCore, id: number): Promise<{ result: DownloadResult; bytes: Buffer; meta: Metadata }> {
  const result = await call<DownloadResult>(t.router, 'evidence.thumbnail', { id });
  const bytes = await readStream(result.stream);
  return { result, bytes, meta: await sharp(bytes).metadata() };
}

const thumbnails = (t: TestCore) => listFiles(path.join(t.dataDir, 'thumbnails'));

describe('evidence.thumbnail', () => {
  it('makes a WebP of at most 320×320 keeping the aspect ratio, served inline', async () => {
    const t = await setup();
    const item = await t.add('wide.png', await png(1600, 400));
    expect(item.hasThumbnail).toBe(true);
    expect(thumbnails(t)).toEqual([]); // not made at upload: uploads stay fast
    const { result, bytes, meta } = await thumbnail(t, item.id);
    expect(result).toMatchObject({ contentType: 'image/webp', inline: true, fileName: 'wide.webp', size: bytes.length });
    expect(meta).toMatchObject({ format: 'webp', width: 320, height: 80 });
    expect(thumbnails(t)).toEqual([`${item.sha256}.webp`]);
  });

  it('never enlarges a small image', async () => {
    const t = await setup();
    const { meta } = await thumbnail(t, (await t.add('tiny.png', await png(50, 20))).id);
    expect(meta).toMatchObject({ width: 50, height: 20 });
  });

  it('honours EXIF orientation: a sideways-stored portrait photo comes out upright', async () => {
    const t = await setup();
    // Stored 200×100 (red left half, blue right half) with orientation 6: seen as 100×200, red on top.
    const item = await t.add('portrait.jpg', await jpeg(200, 100, {}, 6));
    const { bytes, meta } = await thumbnail(t, item.id);
    expect(meta).toMatchObject({ width: 100, height: 200 });
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(50, 20)[0]).toBeGreaterThan(200); // red at the top
    expect(pixel(50, 180)[2]).toBeGreaterThan(200); // blue at the bottom
  });

  it('is made once: later requests serve the cached file, even while the original is unreadable', async () => {
    const t = await setup();
    const item = await t.add('shot.png', fs.readFileSync(FIXTURE_PNG));
    const first = await thumbnail(t, item.id);
    const cached = path.join(t.dataDir, 'thumbnails', `${item.sha256}.webp`);
    const before = fs.statSync(cached);
    // If it were made again it would need the vault file: move that away for the second request.
    const vaultFile = t.ctx.vault.pathOf(item.sha256);
    fs.renameSync(vaultFile, `${vaultFile}.away`);
    const second = await thumbnail(t, item.id);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(fs.statSync(cached).mtimeMs).toBe(before.mtimeMs);
    expect(fs.statSync(cached).ino).toBe(before.ino);
  });

  it('two requests at once make one thumbnail and leave no temp file', async () => {
    const t = await setup();
    const item = await t.add('shot.png', await png(900, 900));
    const [a, b] = await Promise.all([thumbnail(t, item.id), thumbnail(t, item.id)]);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(thumbnails(t)).toEqual([`${item.sha256}.webp`]);
  });

  it('answers unsupported for non-images, SVG (even with a script) and BMP, and makes nothing', async () => {
    const t = await setup();
    const pdf = await t.add('a.pdf', Buffer.from('%PDF-1.4 x'));
    const svg = await t.add('x.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    const bmp = await t.add('x.bmp', Buffer.concat([Buffer.from('BM'), Buffer.alloc(4), Buffer.alloc(4, 0), Buffer.alloc(60, 1)]));
    for (const item of [pdf, svg, bmp]) {
      expect(item.hasThumbnail).toBe(false);
      const error = await callError(t.router, 'evidence.thumbnail', { id: item.id }, 'unsupported');
      expect(error.message).toMatch(/no preview/i);
    }
    expect(svg.mimeType).toBe('image/svg+xml');
    expect(thumbnails(t)).toEqual([]);
  });

  it('refuses a decompression bomb (a 60-byte PNG claiming 100,000 × 100,000 pixels) quickly', async () => {
    const t = await setup();
    const bomb = pngClaiming(100_000, 100_000);
    const item = await t.add('bomb.png', bomb);
    expect(item).toMatchObject({ mimeType: 'image/png', size: bomb.length, width: 100_000, height: 100_000, hasThumbnail: true });
    const started = Date.now();
    await callError(t.router, 'evidence.thumbnail', { id: item.id }, 'unsupported');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(thumbnails(t)).toEqual([]);
  });

  it('refuses images beyond its own 120-megapixel limit, below the library default', async () => {
    const t = await setup();
    const item = await t.add('huge.png', pngClaiming(12_000, 12_000)); // 144 MP
    const error = await callError(t.router, 'evidence.thumbnail', { id: item.id }, 'unsupported');
    expect(error.message).toMatch(/too large to decode safely/);
    expect(thumbnails(t)).toEqual([]);
  });

  it('a damaged image gives unsupported, not an internal error', async () => {
    const t = await setup();
    const good = await png(300, 300);
    const item = await t.add('damaged.png', Buffer.concat([good.subarray(0, 60), Buffer.alloc(500, 0x5a)]));
    await callError(t.router, 'evidence.thumbnail', { id: item.id }, 'unsupported');
    expect(t.logs).toEqual([]);
    expect(listFiles(path.join(t.dataDir, 'thumbnails')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('unknown ids are not_found', async () => {
    const t = await setup();
    await callError(t.router, 'evidence.thumbnail', { id: 999 }, 'not_found');
  });
});
