import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AddedEvidence } from '../../src/shared/domain';
import { wallTimeInZone } from '../../src/main/core/evidence/exifTime';
import { call, cleanup, createTicket, fakeClock, listFiles, openTestCore, sha256 } from './helpers';
import { jpeg, png, withCorruptExif, withTimeChunk } from './images';

afterEach(cleanup);

async function upload(bytes: Buffer, input: Record<string, unknown> = {}) {
  const t = openTestCore({ clock: fakeClock('2024-06-01T00:00:00.000Z') });
  const { ticketId } = await createTicket(t.router);
  const item = await call<AddedEvidence>(t.router, 'evidence.upload', { ticketId, name: 'photo.jpg', ...input }, bytes);
  return { t, item };
}

describe('captured-at from the image itself', () => {
  it('takes EXIF DateTimeOriginal with its offset: 10:15 at +08:00 is 02:15 UTC', async () => {
    const bytes = await jpeg(64, 48, { dateTimeOriginal: '2024:03:01 10:15:00', offsetTimeOriginal: '+08:00' });
    const { item } = await upload(bytes, { lastModified: Date.parse('2024-05-05T00:00:00Z') });
    expect(item).toMatchObject({ capturedAt: '2024-03-01T02:15:00.000Z', capturedAtSource: 'metadata', width: 64, height: 48 });
  });

  it('without an offset, reads the wall time in the uploader’s zone when given, else as UTC', async () => {
    const bytes = await jpeg(32, 32, { dateTimeOriginal: '2024:03:01 10:15:00' });
    expect((await upload(bytes, { timeZone: 'Asia/Shanghai' })).item.capturedAt).toBe('2024-03-01T02:15:00.000Z');
    expect((await upload(bytes, { timeZone: 'America/New_York' })).item.capturedAt).toBe('2024-03-01T15:15:00.000Z');
    expect((await upload(bytes)).item).toMatchObject({ capturedAt: '2024-03-01T10:15:00.000Z', capturedAtSource: 'metadata' });
  });

  it('falls back to EXIF DateTime (with OffsetTime) when there is no DateTimeOriginal', async () => {
    const bytes = await jpeg(32, 32, { dateTime: '2023:12:31 23:30:00', offsetTime: '-05:00' });
    expect((await upload(bytes)).item).toMatchObject({ capturedAt: '2024-01-01T04:30:00.000Z', capturedAtSource: 'metadata' });
  });

  it('ignores an implausible EXIF time: before 1990 (a camera clock never set) or far in the future', async () => {
    const unset = await jpeg(32, 32, { dateTimeOriginal: '1980:01:01 00:00:00' });
    const lastModified = Date.parse('2024-02-02T02:02:02Z');
    expect((await upload(unset, { lastModified })).item).toMatchObject({ capturedAt: '2024-02-02T02:02:02.000Z', capturedAtSource: 'file_time' });
    const future = await jpeg(32, 32, { dateTimeOriginal: '2031:01:01 00:00:00' });
    expect((await upload(future)).item).toMatchObject({ capturedAt: '2024-06-01T00:00:00.000Z', capturedAtSource: 'added' });
  });

  it('a PNG’s tIME chunk (last modification) is not taken as the capture time', async () => {
    const bytes = withTimeChunk(await png(40, 30), 2020);
    const { item } = await upload(bytes, { name: 'shot.png' });
    expect(item).toMatchObject({ mimeType: 'image/png', capturedAtSource: 'added', width: 40, height: 30 });
  });

  it('reports the size as seen: a photo stored sideways (EXIF orientation 6) is portrait', async () => {
    const { item } = await upload(await jpeg(80, 40, {}, 6));
    expect(item).toMatchObject({ width: 40, height: 80 });
  });

  it('corrupt EXIF still stores the file, byte for byte, without a capture time from it', async () => {
    const bytes = withCorruptExif(await jpeg(32, 32));
    const { t, item } = await upload(bytes, { lastModified: Date.parse('2024-02-02T00:00:00Z') });
    expect(item).toMatchObject({ mimeType: 'image/jpeg', capturedAtSource: 'file_time', sha256: sha256(bytes), size: bytes.length });
    expect(fs.readFileSync(t.ctx.vault.pathOf(item.sha256)).equals(bytes)).toBe(true);
    expect(t.logs).toEqual([]);
  });

  it('an image whose header is damaged is stored as it is, with no size', async () => {
    const good = await png(20, 20);
    const damaged = Buffer.concat([good.subarray(0, 16), Buffer.alloc(200, 0xab)]);
    const { t, item } = await upload(damaged, { name: 'broken.png' });
    expect(item).toMatchObject({ mimeType: 'image/png', width: null, height: null, capturedAtSource: 'added' });
    expect(listFiles(path.join(t.dataDir, 'evidence'))).toHaveLength(1);
  });

  it('non-images have no size and keep the file time', async () => {
    const { item } = await upload(Buffer.from('%PDF-1.4 statement'), { name: 's.pdf', lastModified: 1709258400000 });
    expect(item).toMatchObject({ width: null, height: null, capturedAtSource: 'file_time', hasThumbnail: false });
  });
});

describe('wall time in a zone', () => {
  it('handles both sides of a daylight-saving change', () => {
    const wall = (iso: string) => new Date(`${iso}Z`);
    // New York: EST (-5) before 2024-03-10 02:00, EDT (-4) after.
    expect(wallTimeInZone(wall('2024-03-09T12:00:00'), 'America/New_York').toISOString()).toBe('2024-03-09T17:00:00.000Z');
    expect(wallTimeInZone(wall('2024-03-11T12:00:00'), 'America/New_York').toISOString()).toBe('2024-03-11T16:00:00.000Z');
    expect(wallTimeInZone(wall('2024-07-01T08:00:00'), 'Asia/Kathmandu').toISOString()).toBe('2024-07-01T02:15:00.000Z');
    expect(wallTimeInZone(wall('2024-07-01T08:00:00'), 'UTC').toISOString()).toBe('2024-07-01T08:00:00.000Z');
  });
});
