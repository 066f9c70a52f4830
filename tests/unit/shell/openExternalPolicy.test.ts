/**
 * What may be opened in another program and under which name. The type is the one detected from the
 * bytes (an .exe renamed .png is still an executable); the copy's extension always matches that type, so
 * the system picks a viewer for what the file really is and never runs it.
 */
import { describe, expect, it, vi } from 'vitest';
import { detectType } from '../../../src/main/core/evidence/detectType';
import { externalCopyName, OPENABLE_TYPES } from '../../../src/main/desktop/openExternalPolicy';
import { EXECUTABLE, SCREENSHOT, SVG_WITH_SCRIPT } from './desktopFixtures';

vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by openExternalPolicy.ts');
});

const nameFor = (bytes: Buffer, originalName: string) => externalCopyName({ mimeType: detectType(bytes).mime, originalName });

describe('externalCopyName', () => {
  it('allows images, PDF, audio/video and plain text, keeping an honest name as it is', () => {
    expect(nameFor(SCREENSHOT, 'withdrawal.png')).toBe('withdrawal.png');
    expect(nameFor(Buffer.from('%PDF-1.7\n'), '对账单 statement.pdf')).toBe('对账单 statement.pdf');
    expect(nameFor(Buffer.from('客服说 48 小时\n'), 'chat.log')).toBe('chat.log');
    expect(externalCopyName({ mimeType: 'image/jpeg', originalName: 'IMG_0001.JPEG' })).toBe('IMG_0001.jpeg');
    expect(externalCopyName({ mimeType: 'video/mp4', originalName: 'call.mp4' })).toBe('call.mp4');
    expect(externalCopyName({ mimeType: 'audio/mpeg', originalName: 'call.mp3' })).toBe('call.mp3');
  });

  it('refuses by the bytes, not the name: an executable renamed .png, SVG, HTML', () => {
    expect(nameFor(EXECUTABLE, 'photo.png')).toBeNull();
    expect(nameFor(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'screenshot.jpg')).toBeNull();
    expect(nameFor(SVG_WITH_SCRIPT, 'chart.svg')).toBeNull();
    expect(nameFor(SVG_WITH_SCRIPT, 'chart.png')).toBeNull();
    expect(nameFor(Buffer.from('<!doctype html><html><body>x</body></html>'), 'page.txt')).toBeNull();
  });

  it.each([
    'application/x-msdownload',
    'application/x-executable',
    'image/svg+xml',
    'text/html',
    'application/zip',
    'application/gzip',
    'message/rfc822',
    'application/json',
    'application/octet-stream',
    'application/javascript',
    'text/javascript',
    'application/x-sh',
    'constructor',
    '__proto__',
    '',
  ])('refuses %j', (mimeType) => {
    expect(externalCopyName({ mimeType, originalName: 'x.png' })).toBeNull();
  });

  it('gives the copy the extension of the detected type, so no script extension survives', () => {
    expect(nameFor(Buffer.from('%PDF-1.4\n'), 'receipt.png')).toBe('receipt.png.pdf');
    expect(nameFor(Buffer.from('echo hi\n'), 'run.bat')).toBe('run.bat.txt');
    expect(nameFor(Buffer.from('console.log(1)\n'), 'evil.js')).toBe('evil.js.txt');
    expect(nameFor(Buffer.from('plain\n'), 'README')).toBe('README.txt');
    expect(nameFor(SCREENSHOT, 'shot.PNG ')).toBe('shot.png');
  });

  it('makes the name safe: no path parts, no bidi tricks, no reserved names, bounded length', () => {
    expect(nameFor(SCREENSHOT, '../../etc/passwd')).toBe('passwd.png');
    expect(nameFor(SCREENSHOT, 'C:\\Windows\\evil\u202Egnp.exe')).toBe('evilgnp.exe.png');
    expect(nameFor(SCREENSHOT, 'CON.png')).toBe('_CON.png');
    const long = nameFor(SCREENSHOT, `${'长'.repeat(1000)}.png`)!;
    expect([...long].length).toBeLessThanOrEqual(120);
    expect(long.endsWith('.png')).toBe(true);
    const longWrong = nameFor(Buffer.from('%PDF-1.4\n'), `${'a'.repeat(1000)}.png`)!;
    expect(longWrong.length).toBeLessThanOrEqual(120);
    expect(longWrong.endsWith('.pdf')).toBe(true);
  });

  it('lists only types that cannot run code', () => {
    for (const mime of Object.keys(OPENABLE_TYPES)) {
      expect(mime).toMatch(/^(image\/(png|jpeg|gif|webp|bmp|heic)|application\/pdf|audio\/.+|video\/.+|text\/plain)$/);
    }
  });
});
