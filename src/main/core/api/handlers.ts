/** Every contract method, bound to the core module that does the work. No logic lives here. */
import { Readable } from 'node:stream';
import type { CoreContext } from '../context';
import type { Handlers } from './router';
import { SCHEMA_VERSION } from '../db/migrations';
import { addChannel, createPlatform, getPlatform, listPlatforms } from '../platforms/platformStore';
import { createTicket, getTicket, listTickets, updateTicket } from '../tickets/ticketStore';
import { addTransaction } from '../tickets/transactionStore';
import { addEntry, editEntry, entryHistory, listEntries } from '../log/logStore';
import { addEvidence, evidenceContent, listEvidence } from '../evidence/evidenceStore';
import { exportZip } from '../export/zipExport';
import { requireTicket } from '../tickets/ticketGuards';

export function createHandlers(ctx: CoreContext): Handlers {
  return {
    'app.info': () => ({
      name: 'Casefile',
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      schemaVersion: SCHEMA_VERSION,
      shell: ctx.shell,
    }),
    'platforms.create': (input) => createPlatform(ctx, input),
    'platforms.list': () => listPlatforms(ctx),
    'platforms.get': ({ id }) => getPlatform(ctx, id),
    'channels.add': (input) => addChannel(ctx, input),
    'tickets.create': (input) => createTicket(ctx, input),
    'tickets.get': ({ id }) => getTicket(ctx, id),
    'tickets.list': () => listTickets(ctx),
    'tickets.update': (input) => updateTicket(ctx, input),
    'transactions.add': (input) => addTransaction(ctx, input),
    'log.add': (input) => addEntry(ctx, input),
    'log.list': ({ ticketId }) => listEntries(ctx, ticketId),
    'log.edit': (input) => editEntry(ctx, input),
    'log.history': ({ id }) => entryHistory(ctx, id),
    'evidence.upload': (input, { body }) => addEvidence(ctx, input, body ?? Readable.from([])),
    'evidence.list': ({ ticketId }) => listEvidence(ctx, ticketId),
    'evidence.content': ({ id }) => evidenceContent(ctx, id),
    'export.zip': ({ ticketId }) => exportZip(ctx, ticketId),
    'audit.list': (input) => {
      if (input?.ticketId !== undefined) requireTicket(ctx, input.ticketId);
      return ctx.audit.list(input?.ticketId);
    },
  };
}
