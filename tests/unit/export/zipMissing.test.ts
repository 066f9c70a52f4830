/**
 * Evidence that is not in the vault when the export begins is listed as missing (manifest, README,
 * transcripts, PDF) and the export completes; a file altered while the export runs still stops it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadResult } from '../../../src/main/core/api/router';
import { call, cleanup, makeTempDir, readStream, sha256 } from '../helpers';
import { buildCase, byName, exportZipBytes, PDF, readZip, unpack } from './exportFixtures';

afterEach(cleanup);

function removeFromVault(t: Awaited<ReturnType<typeof buildCase>>, sha: string): void {
  fs.rmSync(t.ctx.vault.pathOf(sha), { force: true });
}

describe('evidence missing from the vault at export time', () => {
  it('is listed as missing everywhere, left out of evidence/, and the export completes and verifies', async () => {
    const t = await buildCase();
    removeFromVault(t, t.png.sha256);
    const entries = await readZip(await exportZipBytes(t, { ticketId: t.ticketId }));
    const files = byName(entries);
    expect(entries.map((e) => e.name).filter((n) => n.startsWith('evidence/'))).toEqual(['evidence/002_银行_流水.pdf']);
    expect(files.get('evidence/002_银行_流水.pdf')!.equals(PDF)).toBe(true);

    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.missingEvidence).toEqual([
      {
        evidenceId: t.png.id,
        originalName: 'screenshot-withdrawal-pending.png',
        sha256: t.png.sha256,
        size: t.png.size,
        reason: 'the file was not in the vault at export time',
      },
    ]);
    expect(manifest.evidence.map((e: { originalName: string }) => e.originalName)).toEqual(['银行 流水.pdf']);
    expect(manifest.files.map((f: { path: string }) => f.path)).not.toContain('evidence/001_screenshot-withdrawal-pending.png');

    const readme = files.get('README.txt')!.toString('utf8');
    expect(readme).toContain('MISSING EVIDENCE: 1 evidence item(s)');
    expect(readme).toContain(`evidence/001_screenshot-withdrawal-pending.png  sha256 ${t.png.sha256}`);
    expect(readme).toContain('缺失的证据');
    for (const name of ['transcript.txt', 'transcript.html', 'transcript.csv']) {
      expect(files.get(name)!.toString('utf8'), name).toContain('MISSING from the vault at export time');
    }
    // No dead link to a file the archive does not have.
    expect(files.get('transcript.html')!.toString('utf8')).not.toContain('href="evidence/001_');

    const pdfFile = path.join(makeTempDir(), 'd.pdf');
    fs.writeFileSync(pdfFile, files.get('dossier.pdf')!);
    expect(spawnSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).stdout).toContain('MISSING');

    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: unpack(entries) }).status).toBe(0);

    // The custody record says it was missing at this export; the audit event lists it.
    const custody = await call(t.router, 'evidence.custody', { id: t.png.id });
    expect(custody.at(-1)).toMatchObject({ event: 'missing', via: `casefile-ticket-${t.ticketId}-2024-03-01.zip` });
    const exported = t.ctx.audit.list(t.ticketId).at(-1)!;
    expect(exported).toMatchObject({ action: 'ticket.exported', detail: { missing: [t.png.sha256], evidence: [t.pdf.sha256] } });
  });

  it('a vault file whose size changed counts as missing too (it is not the original)', async () => {
    const t = await buildCase();
    const file = t.ctx.vault.pathOf(t.pdf.sha256);
    fs.chmodSync(file, 0o644);
    fs.appendFileSync(file, 'tampered');
    const files = byName(await readZip(await exportZipBytes(t, { ticketId: t.ticketId })));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest.missingEvidence).toMatchObject([{ evidenceId: t.pdf.id, reason: expect.stringMatching(/no longer the one added.*Check the vault/) }]);
    expect([...files.keys()].filter((n) => n.startsWith('evidence/'))).toEqual(['evidence/001_screenshot-withdrawal-pending.png']);
    // Every file of the dossier says it was changed, not that it was absent: the two call for different action.
    const pdfFile = path.join(makeTempDir(), 'd.pdf');
    fs.writeFileSync(pdfFile, files.get('dossier.pdf')!);
    const pdfText = spawnSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(pdfText).toContain('ALTERED:thefileinthevaultnolongermatches');
    expect(pdfText).not.toContain('MISSING');
    const readme = files.get('README.txt')!.toString('utf8');
    expect(readme).toContain(`evidence/002_银行_流水.pdf  sha256 ${t.pdf.sha256}  (changed since it was added)`);
    expect(readme).toContain('(添加后被改动)');
    // (transcript.csv lists evidence only beside the entry it is attached to; this file is attached to none.)
    for (const name of ['transcript.txt', 'transcript.html']) {
      const text = files.get(name)!.toString('utf8');
      expect(text, name).toContain('CHANGED in the vault since it was added');
      expect(text, name).not.toContain('MISSING from the vault');
    }
    // Recorded as what it is: altered, with the hash the file has now.
    const actual = sha256(fs.readFileSync(file));
    expect((await call(t.router, 'evidence.custody', { id: t.pdf.id })).at(-1)).toMatchObject({ event: 'altered', sha256: actual });
    expect(t.ctx.audit.list(t.ticketId).at(-2)).toMatchObject({ action: 'evidence.altered', detail: { actualSha256: actual, during: 'export' } });
  });

  it('every file missing still gives a complete archive', async () => {
    const t = await buildCase();
    removeFromVault(t, t.png.sha256);
    removeFromVault(t, t.pdf.sha256);
    const entries = await readZip(await exportZipBytes(t, { ticketId: t.ticketId }));
    expect(entries.some((e) => e.name.startsWith('evidence/'))).toBe(false);
    expect(JSON.parse(byName(entries).get('manifest.json')!.toString('utf8')).missingEvidence).toHaveLength(2);
  });
});

describe('evidence altered while the export runs', () => {
  it('stops the export with a message that says to check the vault', async () => {
    const t = await buildCase();
    // Same size, other bytes: passes the size check before the export, fails the hash check as it streams.
    const file = t.ctx.vault.pathOf(t.pdf.sha256);
    fs.chmodSync(file, 0o644);
    const altered = Buffer.from(PDF);
    altered[altered.length - 2] = 0x58;
    fs.writeFileSync(file, altered);
    const result = await call<DownloadResult>(t.router, 'export.zip', { ticketId: t.ticketId });
    const error = await readStream(result.stream).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/no longer matches the SHA-256.*Check the vault/);
    const custody = await call(t.router, 'evidence.custody', { id: t.pdf.id });
    expect(custody.at(-1)).toMatchObject({ event: 'altered' });
  });
});
