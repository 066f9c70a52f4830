/**
 * export.saveAs (desktop): puts a finished export where the user chooses, with the native save dialog.
 * The file is copied by path in the main process (a 1 GB dossier never crosses IPC), to a temp name
 * beside the target, fsynced and renamed, so a full disk or a failed copy never leaves a half-written
 * file under the chosen name. Once saved, Casefile's own copy is removed, as after a download.
 */
import type { SaveDialogOptions } from 'electron';
import { randomUUID } from 'node:crypto';
import { access, copyFile, constants, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ExportResult } from '../../shared/dossier';
import type { CoreContext } from '../core/context';
import { CasefileError, isDiskFull } from '../core/errors';
import { ALREADY_DELIVERED, finishedExport } from '../core/export/exportDownload';
import { removeExportFile } from '../core/export/exportFiles';

export interface SaveExportDeps {
  /** dialog.showSaveDialog on the main window. */
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  /** app.getPath('downloads'): where the dialog opens. */
  downloadsDir(): string;
}

export function saveDialogOptions(result: Pick<ExportResult, 'fileName' | 'format'>, downloadsDir: string): SaveDialogOptions {
  const pdf = result.format === 'pdf';
  return {
    title: 'Save the dossier · 保存档案',
    defaultPath: join(downloadsDir, result.fileName),
    filters: [pdf ? { name: 'PDF', extensions: ['pdf'] } : { name: 'ZIP', extensions: ['zip'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export async function saveExportAs(ctx: CoreContext, deps: SaveExportDeps, jobId: string): Promise<{ saved: boolean; path: string | null }> {
  const { result, path: source } = finishedExport(ctx, jobId); // not_found / conflict, like export.file
  // Already downloaded or saved (and removed): say so before asking where to save it.
  if (!(await access(source).then(() => true, () => false))) throw new CasefileError('not_found', ALREADY_DELIVERED);
  const choice = await deps.showSaveDialog(saveDialogOptions(result, deps.downloadsDir()));
  if (choice.canceled || !choice.filePath) return { saved: false, path: null };
  const target = choice.filePath;
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.partial`);
  try {
    await copyFile(source, temp, constants.COPYFILE_EXCL);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    if (isDiskFull(error)) {
      throw new CasefileError('storage_full', 'That disk is full, so the dossier was not saved there. Free some space or choose another place.');
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CasefileError('forbidden', 'Casefile cannot write to that place; nothing was saved there. Choose another folder.', undefined, 'not_writable');
    }
    throw error;
  }
  await removeExportFile(source);
  return { saved: true, path: target };
}
