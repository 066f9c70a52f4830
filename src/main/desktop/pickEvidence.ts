/**
 * evidence.pick: the native file picker (several files at once), each chosen file read by path in the
 * main process and streamed into the vault. One unreadable or refused file is reported in `failed` with
 * its reason and never stops the others.
 */
import type { OpenDialogOptions } from 'electron';
import { basename } from 'node:path';
import type { AddedEvidence, PickResult } from '../../shared/domain';
import type { CoreContext } from '../core/context';
import { toErrorBody } from '../core/api/router';
import { addEvidenceFromFile } from '../core/evidence/importFile';
import { requireTicket } from '../core/tickets/ticketGuards';

export interface PickDeps {
  /** dialog.showOpenDialog on the main window. */
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export const PICK_DIALOG_OPTIONS: OpenDialogOptions = {
  title: 'Add evidence · 添加证据',
  properties: ['openFile', 'multiSelections'],
};

/**
 * One file's failure as the page sees it: the file's name (never its folder), and a CasefileError's code
 * and message (the core words unreadable files itself); anything unexpected is logged and reported as
 * `internal` without details, exactly as the router would.
 */
export function failureOf(path: string, error: unknown, log: (message: string) => void): PickResult['failed'][number] {
  const name = basename(path) || path;
  const body = toErrorBody(error, 'evidence.pick', log);
  return { name, code: body.code, message: body.message };
}

export async function pickEvidence(
  ctx: CoreContext,
  deps: PickDeps,
  input: { ticketId: number; entryId?: number },
): Promise<PickResult> {
  requireTicket(ctx, input.ticketId);
  const choice = await deps.showOpenDialog(PICK_DIALOG_OPTIONS);
  if (choice.canceled || choice.filePaths.length === 0) return { items: [], failed: [], cancelled: true };

  const items: AddedEvidence[] = [];
  const failed: PickResult['failed'] = [];
  // One at a time: large files stream at disk speed instead of competing for it.
  for (const path of choice.filePaths) {
    try {
      items.push(
        await addEvidenceFromFile(ctx, path, {
          ticketId: input.ticketId,
          ...(input.entryId !== undefined ? { entryId: input.entryId } : {}),
          via: 'picker',
        }),
      );
    } catch (error) {
      failed.push(failureOf(path, error, ctx.log));
    }
  }
  return { items, failed, cancelled: false };
}
