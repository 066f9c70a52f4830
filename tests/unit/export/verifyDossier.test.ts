/**
 * Verify a dossier: an exported ZIP is intact; flipping any byte of any file, removing a file or adding
 * one makes it fail and says which; unsafe or absurd archives are reported, never unpacked; dossier.verify
 * over the API leaves no temp file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VERIFY_LIMITS } from '../../../src/main/core/export/verify/readDossierZip';
import { verifyDossier } from '../../../src/main/core/export/verify/verifyDossier';
import { CasefileError } from '../../../src/main/core/errors';
import type { DossierVerifyReport } from '../../../src/shared/dossier';
import { call, callError, cleanup, listFiles, makeTempDir, openTestCore } from '../helpers';
import { unpack, type ZipEntry } from './exportFixtures';
import { exportedDossier, flipByte, rewritten, zipWithName } from './verifyFixtures';

afterEach(cleanup);

const without = (entries: ZipEntry[], name: string) => entries.filter((e) => e.name !== name);

describe('verifyDossier', () => {
  it('an exported dossier is intact, sha256sum agrees, and the manifest facts are reported', async () => {
    const { file, entries } = await exportedDossier();
    expect(spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: unpack(entries) }).status).toBe(0);
    const report = await verifyDossier(file);
    expect(report).toEqual<DossierVerifyReport>({
      intact: true,
      summary: 'intact: 8 files match manifest.json and SHA256SUMS',
      checkedFiles: 8,
      changed: [],
      missing: [],
      extra: [],
      problems: [],
      exportedAt: '2024-03-01T02:03:00.000Z',
      appVersion: '0.0.0-test',
      redacted: false,
    });
  });

  it('flipping one byte of any file fails it, naming what changed', async () => {
    const { entries } = await exportedDossier();
    expect(entries).toHaveLength(9);
    for (const { name } of entries) {
      const report = await verifyDossier(await rewritten(flipByte(entries, name)));
      expect(report.intact, name).toBe(false);
      expect(report.summary, name).toMatch(/^NOT intact: /);
      if (name === 'SHA256SUMS') {
        // A changed list disagrees with the file it lists and with the manifest.
        expect(report.changed.length + report.problems.length, name).toBeGreaterThan(0);
      } else if (name === 'manifest.json') {
        expect(report.changed, name).toContain('manifest.json');
      } else {
        expect(report.changed, name).toEqual([name]);
      }
    }
  });

  it('SHA256SUMS changed in ways sha256sum itself shrugs off (binary marker, CRLF, no last newline) still fails', async () => {
    const { entries } = await exportedDossier();
    const sums = entries.find((e) => e.name === 'SHA256SUMS')!.bytes.toString('utf8');
    const edits = {
      'binary marker': sums.replace('  README.txt', ' *README.txt'),
      'CRLF line end': sums.replace(/\n$/, '\r\n'),
      'no last newline': sums.replace(/\n$/, ''),
    };
    for (const [what, text] of Object.entries(edits)) {
      expect(text, what).not.toBe(sums);
      const edited = entries.map((e) => (e.name === 'SHA256SUMS' ? { name: e.name, bytes: Buffer.from(text) } : e));
      const report = await verifyDossier(await rewritten(edited));
      expect(report.intact, what).toBe(false);
      expect(report.problems.join('\n'), what).toMatch(/SHA256SUMS is not as Casefile wrote it/);
    }
  });

  it('a byte flipped in place inside the archive (a stored evidence file, no rewrite) is caught', async () => {
    const { zip, entries } = await exportedDossier();
    const evidence = entries.find((e) => e.name === 'evidence/002_银行_流水.pdf')!.bytes;
    const at = zip.indexOf(evidence);
    expect(at).toBeGreaterThan(0); // stored, not compressed: its bytes are in the archive as they are
    const edited = Buffer.from(zip);
    edited[at + 20] = edited[at + 20]! ^ 0x20;
    const file = path.join(makeTempDir(), 'hex-edited.zip');
    fs.writeFileSync(file, edited);
    expect(await verifyDossier(file)).toMatchObject({ intact: false, changed: ['evidence/002_银行_流水.pdf'], missing: [], extra: [] });
  });

  it('a removed file is missing; an added file is extra', async () => {
    const { entries } = await exportedDossier();
    for (const name of ['evidence/002_银行_流水.pdf', 'dossier.pdf', 'transcript.csv']) {
      const report = await verifyDossier(await rewritten(without(entries, name)));
      expect(report).toMatchObject({ intact: false, missing: [name], changed: [], extra: [] });
      expect(report.summary).toBe('NOT intact: 1 missing');
    }
    const added = await verifyDossier(await rewritten([...entries, { name: 'evidence/999_forged.png', bytes: Buffer.from('forged') }]));
    expect(added).toMatchObject({ intact: false, extra: ['evidence/999_forged.png'], changed: [], missing: [] });
    expect(added.summary).toBe('NOT intact: 1 extra');
  });

  it('without SHA256SUMS or manifest.json, or with either unreadable, it is a problem', async () => {
    const { entries } = await exportedDossier();
    const noSums = await verifyDossier(await rewritten(without(entries, 'SHA256SUMS')));
    expect(noSums.intact).toBe(false);
    expect(noSums.problems.join('\n')).toMatch(/SHA256SUMS is missing/);
    const noManifest = await verifyDossier(await rewritten(without(entries, 'manifest.json')));
    expect(noManifest.problems.join('\n')).toMatch(/manifest.json is missing/);
    expect(noManifest.missing).toEqual(['manifest.json']);
    const badJson = entries.map((e) => (e.name === 'manifest.json' ? { name: e.name, bytes: Buffer.from('{not json') } : e));
    expect((await verifyDossier(await rewritten(badJson))).problems.join('\n')).toMatch(/not valid JSON/);
  });

  it('a forger who edits a file and its manifest entry is still caught by SHA256SUMS', async () => {
    const { entries } = await exportedDossier();
    const forged = Buffer.from('forged transcript\n');
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(forged).digest('hex');
    const edited = entries.map((e) => {
      if (e.name === 'transcript.txt') return { name: e.name, bytes: forged };
      if (e.name !== 'manifest.json') return e;
      const manifest = JSON.parse(e.bytes.toString('utf8'));
      for (const f of manifest.files) if (f.path === 'transcript.txt') Object.assign(f, { sha256: hash, size: forged.length });
      return { name: e.name, bytes: Buffer.from(JSON.stringify(manifest)) };
    });
    const report = await verifyDossier(await rewritten(edited));
    expect(report.intact).toBe(false);
    expect(report.changed).toEqual(['manifest.json', 'transcript.txt']);
    expect(report.problems.join('\n')).toMatch(/different hashes for "transcript.txt"/);
  });

  it('names that climb out or are absolute are problems and are never read; the same name twice is a problem', async () => {
    const { entries } = await exportedDossier();
    for (const hostile of ['../../../etc/cron.d/x', '/etc/passwd', 'evidence/..\\..\\x.dll']) {
      const report = await verifyDossier(await zipWithName(entries, hostile));
      expect(report.intact, hostile).toBe(false);
      expect(report.problems.join('\n'), hostile).toMatch(/Unsafe name/);
      expect(report.extra, hostile).toEqual([]);
    }
    const twice = await verifyDossier(await rewritten([...entries, entries[0]!]));
    expect(twice.problems.join('\n')).toMatch(/"README.txt" is in the archive twice/);
  });

  it('refuses zip bombs and absurd entry counts without reading them', async () => {
    const { entries } = await exportedDossier();
    const bomb = await rewritten([...entries, { name: 'zeros.bin', bytes: Buffer.alloc(20 * 1024 * 1024) }]);
    const report = await verifyDossier(bomb, { ...VERIFY_LIMITS, maxRatio: 100 });
    expect(report.problems.join('\n')).toMatch(/"zeros.bin" claims to unpack to 20971520 bytes/);
    expect(report.intact).toBe(false);
    const many = await verifyDossier(await rewritten(entries), { ...VERIFY_LIMITS, maxEntries: 5 });
    expect(many).toMatchObject({ intact: false, checkedFiles: 0 });
    expect(many.problems[0]).toMatch(/lists 9 entries, more than the 5/);
  });

  it('a file that is not a ZIP is invalid_input (not_zip)', async () => {
    const file = path.join(makeTempDir(), 'notes.zip');
    fs.writeFileSync(file, 'just some text, not an archive');
    const error = await verifyDossier(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CasefileError);
    expect(error).toMatchObject({ code: 'invalid_input', reason: 'not_zip' });
  });
});

describe('dossier.verify (upload)', () => {
  it('checks the uploaded ZIP and removes its temp copy, whatever the outcome', async () => {
    const { zip, entries } = await exportedDossier();
    const t = openTestCore();
    const report = await call<DossierVerifyReport>(t.router, 'dossier.verify', { name: 'dossier.zip' }, zip);
    expect(report.intact).toBe(true);
    const tampered = fs.readFileSync(await rewritten(flipByte(entries, 'transcript.html')));
    expect(await call<DossierVerifyReport>(t.router, 'dossier.verify', { name: 'x.zip' }, tampered)).toMatchObject({ intact: false, changed: ['transcript.html'] });
    const notZip = await callError(t.router, 'dossier.verify', { name: 'x.zip' }, 'invalid_input', Buffer.from('hello'));
    expect(notZip.reason).toBe('not_zip');
    expect(listFiles(path.join(t.dataDir, 'tmp'))).toEqual([]);
  });

  it('at start-up, removes dossier copies a crash left behind, and nothing else', async () => {
    const dataDir = path.join(makeTempDir(), 'data');
    const tmp = path.join(dataDir, 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const file = (name: string, old: boolean) => {
      fs.writeFileSync(path.join(tmp, name), 'PK');
      if (old) fs.utimesSync(path.join(tmp, name), twoHoursAgo, twoHoursAgo);
    };
    file('verify-crashed.zip', true);
    file('verify-still-checking.zip', false); // a second Casefile on this folder may be reading it
    file('import-0b1e.zip', true); // the import's own spooled upload: not ours to remove
    openTestCore({ dataDir });
    for (let i = 0; i < 100 && fs.existsSync(path.join(tmp, 'verify-crashed.zip')); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(listFiles(tmp).map((f) => path.basename(f)).sort()).toEqual(['import-0b1e.zip', 'verify-still-checking.zip']);
  });
});
