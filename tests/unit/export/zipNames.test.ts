/** Hostile and colliding evidence names become safe, unique archive names that unpack anywhere. */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { callRaw, cleanup, sha256 } from '../helpers';
import { buildCase, byName, exportZipBytes, readZip, unpack } from './exportFixtures';

afterEach(cleanup);

const HOSTILE = [
  '../../etc/passwd',
  '..\\..\\Windows\\System32\\evil.dll',
  '/absolute/root.txt',
  'C:\\Users\\victim\\desktop.ini',
  'CON',
  'aux.txt',
  'nul.png',
  'COM1.log',
  '\u2400 NUL-like.txt',
  'tab\there\u0001ctl.txt',
  '\u202Egnp.exe',
  '..',
  '.',
  '长'.repeat(100) + '.png', // 300 bytes of UTF-8
  'x'.repeat(300),
  'same.png',
  'same.png',
  'SAME.png',
];

describe('export.zip with hostile evidence names', () => {
  it('every name is relative, unique, at most 255 bytes per part, and the archive verifies once unpacked', async () => {
    const t = await buildCase();
    const stored: { name: string; bytes: Buffer }[] = [];
    for (const [i, name] of HOSTILE.entries()) {
      const bytes = Buffer.from(`evidence ${i} ${name}`);
      const result = await callRaw(t.router, 'evidence.upload', { ticketId: t.ticketId, name }, bytes);
      if (result.ok) stored.push({ name, bytes });
    }
    expect(stored).toHaveLength(HOSTILE.length); // the vault takes any name; only the archive name is cleaned

    const entries = await readZip(await exportZipBytes(t, { ticketId: t.ticketId })); // strictFileNames: throws on '..' or '\'
    const names = entries.map((e) => e.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size, 'unique even on a case-insensitive disk').toBe(names.length);
    for (const name of names) {
      expect(name).not.toMatch(/^[/\\]|^[A-Za-z]:/);
      expect(name).not.toContain('\\');
      for (const part of name.split('/')) {
        expect(part).not.toMatch(/^\.\.?$/);
        expect(Buffer.byteLength(part), part).toBeLessThanOrEqual(255);
        // eslint-disable-next-line no-control-regex
        expect(part).not.toMatch(/[\u0000-\u001f\u202e]/);
        expect(part).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      }
    }
    // Every uploaded file is in the archive with its own bytes, under evidence/.
    const evidence = entries.filter((e) => e.name.startsWith('evidence/'));
    expect(evidence).toHaveLength(stored.length + 2);
    const hashes = new Set(evidence.map((e) => sha256(e.bytes)));
    for (const s of stored) expect(hashes.has(sha256(s.bytes)), s.name).toBe(true);
    const files = byName(entries);
    expect(['evidence/018_same.png', 'evidence/019_same.png', 'evidence/020_SAME.png'].map((n) => files.get(n)?.toString())).toEqual(
      [15, 16, 17].map((i) => `evidence ${i} ${HOSTILE[i]}`),
    );
    expect(names).toContain('evidence/003_passwd');
    expect(names).toContain('evidence/007__CON');
    expect(names).toContain('evidence/008__aux.txt');

    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: unpack(entries), encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });
});
