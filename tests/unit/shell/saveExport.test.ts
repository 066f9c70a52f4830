/**
 * export.saveAs on the desktop, over a REAL core with Electron's dialog replaced by a fake: the native
 * save dialog opens in Downloads with the export's name; the file is copied by path to the chosen place
 * and Casefile's copy removed; cancelling saves nothing; a place that cannot be written leaves no partial
 * file there and keeps Casefile's copy for another try.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Job } from '../../../src/shared/domain';
import { saveDialogOptions } from '../../../src/main/desktop/saveExport';
import { openDesktopCore, SCREENSHOT, type DesktopCore } from './desktopFixtures';

vi.mock('electron', () => {
  throw new Error('the electron runtime module must not be loaded by the desktop handlers');
});

let t: DesktopCore;

beforeEach(async () => {
  t = await openDesktopCore();
  await t.upload('withdrawal.png', SCREENSHOT);
});

afterEach(() => t.close());

async function finishedExport(format: 'zip' | 'pdf' = 'zip'): Promise<Job> {
  const { jobId } = await t.call<{ jobId: string }>('export.start', { ticketId: t.ticketId, format });
  const job = await t.core.ctx.jobs.settled(jobId);
  expect(job.state, job.error ?? '').toBe('done');
  return job;
}

const exportsDir = () => join(t.core.ctx.dataDir, 'exports');

describe('export.saveAs', () => {
  it('opens the save dialog in Downloads with the export’s name and copies the file there', async () => {
    const job = await finishedExport();
    const folder = join(t.dir, 'chosen');
    mkdirSync(folder);
    const target = join(folder, '我的档案.zip');
    t.deps.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const before = readFileSync(join(exportsDir(), `${job.id}-${job.exportResult!.fileName}`));

    expect(await t.call('export.saveAs', { jobId: job.id })).toEqual({ saved: true, path: target });
    expect(t.deps.showSaveDialog).toHaveBeenCalledWith({
      title: 'Save the dossier · 保存档案',
      defaultPath: join(t.dir, 'Downloads', job.exportResult!.fileName),
      filters: [{ name: 'ZIP', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    expect(readFileSync(target).equals(before)).toBe(true);
    expect(readdirSync(folder)).toEqual(['我的档案.zip']); // no temp file beside it
    expect(readdirSync(exportsDir())).toEqual([]); // Casefile's copy is gone once saved
    await expect(t.call('export.saveAs', { jobId: job.id })).rejects.toMatchObject({ code: 'not_found' });
    expect(t.deps.showSaveDialog).toHaveBeenCalledTimes(1); // no dialog for a file that is gone
  });

  it('a PDF export is offered as PDF', () => {
    expect(saveDialogOptions({ fileName: 'a.pdf', format: 'pdf' }, '/d').filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('cancelling the dialog saves nothing and keeps the export for later', async () => {
    const job = await finishedExport();
    expect(await t.call('export.saveAs', { jobId: job.id })).toEqual({ saved: false, path: null });
    expect(readdirSync(exportsDir())).toHaveLength(1);
  });

  it('a folder that cannot be written: a clear error, no partial file, the export kept for another try', async () => {
    const job = await finishedExport();
    const target = join(t.dir, 'no-such-folder', 'dossier.zip');
    t.deps.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(t.call('export.saveAs', { jobId: job.id })).rejects.toMatchObject({ code: 'forbidden', reason: 'not_writable' });
    expect(existsSync(join(t.dir, 'no-such-folder'))).toBe(false);
    expect(readdirSync(exportsDir())).toHaveLength(1);
  });

  it('an unknown job is refused before any dialog opens', async () => {
    await expect(t.call('export.saveAs', { jobId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    expect(t.deps.showSaveDialog).not.toHaveBeenCalled();
  });
});
