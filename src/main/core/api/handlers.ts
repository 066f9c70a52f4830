/** Every contract method, bound to the core module that does the work. No logic lives here. */
import { Readable } from 'node:stream';
import type { CoreContext } from '../context';
import type { Handlers } from './router';
import { SCHEMA_VERSION } from '../db/migrations';
import { addChannel, createPlatform, getPlatform, listPlatforms, updatePlatform } from '../platforms/platformStore';
import { guardCheckContact, guardScan } from '../platforms/platformGuard';
import { createTicket, getTicket, listTickets, updateTicket } from '../tickets/ticketStore';
import { addTransaction } from '../tickets/transactionStore';
import { addEntry, editEntry, entryHistory, listEntries } from '../log/logStore';
import { importTranscript } from '../log/importTranscript';
import { platformScorecards, ticketMetrics } from '../metrics/metricsStore';
import { search } from '../search/search';
import { addEvidence } from '../evidence/addEvidence';
import { listCustody } from '../evidence/custody';
import { deleteEvidence } from '../evidence/deleteEvidence';
import { evidenceContent, getEvidence, listEvidence } from '../evidence/evidenceStore';
import { removeOrphans } from '../evidence/removeOrphans';
import { evidenceThumbnail } from '../evidence/thumbnails';
import { updateEvidence } from '../evidence/updateEvidence';
import { startVaultCheck } from '../evidence/vaultCheck';
import { exportZip } from '../export/zipExport';
import { getSettings, updateSettings } from '../settings/settingsStore';
import { requireTicket } from '../tickets/ticketGuards';
import { desktopOnlyHandlers } from './desktopOnly';
import { CasefileError } from '../errors';

/** Placeholder for methods whose module is being written in this change; each is replaced before landing. */
const notYet = (method: string) => (): never => {
  throw new CasefileError('unsupported', `${method} is not available yet`);
};

export function createHandlers(ctx: CoreContext): Handlers {
  return {
    'app.info': () => ({
      name: 'Casefile',
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      schemaVersion: SCHEMA_VERSION,
      shell: ctx.shell,
      capabilities: ctx.capabilities,
    }),
    'platforms.create': (input) => createPlatform(ctx, input),
    'platforms.list': () => listPlatforms(ctx),
    'platforms.get': ({ id }) => getPlatform(ctx, id),
    'platforms.update': (input) => updatePlatform(ctx, input),
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
    'evidence.get': ({ id }) => getEvidence(ctx, id),
    'evidence.update': (input) => updateEvidence(ctx, input),
    'evidence.delete': ({ id }) => deleteEvidence(ctx, id),
    'evidence.custody': ({ id }) => listCustody(ctx, id),
    'evidence.content': ({ id }) => evidenceContent(ctx, id),
    'evidence.thumbnail': ({ id }) => evidenceThumbnail(ctx, id),
    ...desktopOnlyHandlers,
    'vault.check': () => startVaultCheck(ctx),
    'vault.removeOrphans': () => removeOrphans(ctx),
    'jobs.get': ({ id }) => ctx.jobs.get(id),
    'jobs.cancel': ({ id }) => ctx.jobs.cancel(id),
    'settings.get': () => getSettings(ctx),
    'settings.update': (input) => updateSettings(ctx, input),
    'export.zip': ({ ticketId }) => exportZip(ctx, ticketId),
    'import.transcript': (input, { body }) => importTranscript(ctx, input, body ?? Readable.from([])),
    search: (input) => search(ctx, input),
    'tickets.metrics': ({ ticketId }) => ticketMetrics(ctx, ticketId),
    'platforms.metrics': () => platformScorecards(ctx),
    'guard.checkContact': (input) => guardCheckContact(ctx, input),
    'guard.scan': (input) => guardScan(ctx, input),
    'channels.update': notYet('channels.update'),
    'tickets.rate': notYet('tickets.rate'),
    'tickets.rating': notYet('tickets.rating'),
    'tickets.clocks': notYet('tickets.clocks'),
    'dashboard.actions': notYet('dashboard.actions'),
    'reminders.create': notYet('reminders.create'),
    'reminders.list': notYet('reminders.list'),
    'reminders.due': notYet('reminders.due'),
    'reminders.take': notYet('reminders.take'),
    'reminders.snooze': notYet('reminders.snooze'),
    'reminders.done': notYet('reminders.done'),
    'reminders.cancel': notYet('reminders.cancel'),
    'escalations.add': notYet('escalations.add'),
    'escalations.update': notYet('escalations.update'),
    'escalations.list': notYet('escalations.list'),
    'playbook.next': notYet('playbook.next'),
    'playbook.dismiss': notYet('playbook.dismiss'),
    'letters.templates': notYet('letters.templates'),
    'letters.render': notYet('letters.render'),
    'letters.saveTemplate': notYet('letters.saveTemplate'),
    'letters.deleteTemplate': notYet('letters.deleteTemplate'),
    'venues.list': notYet('venues.list'),
    'venues.save': notYet('venues.save'),
    'venues.delete': notYet('venues.delete'),
    'profile.get': notYet('profile.get'),
    'profile.update': notYet('profile.update'),
    'export.pdf': notYet('export.pdf'),
    'export.start': notYet('export.start'),
    'export.file': notYet('export.file'),
    'dossier.verify': notYet('dossier.verify'),
    'audit.list': (input) => {
      if (input?.ticketId !== undefined) requireTicket(ctx, input.ticketId);
      return ctx.audit.list(input?.ticketId);
    },
  };
}
