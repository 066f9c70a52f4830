/** Every contract method, bound to the core module that does the work. No logic lives here. */
import { Readable } from 'node:stream';
import type { CoreContext } from '../context';
import type { Handlers } from './router';
import { SCHEMA_VERSION } from '../db/migrations';
import { addChannel, createPlatform, getPlatform, listPlatforms, updateChannel, updatePlatform } from '../platforms/platformStore';
import { guardCheckContact, guardScan } from '../platforms/platformGuard';
import { createTicket, getTicket, listTickets, updateTicket } from '../tickets/ticketStore';
import { addTransaction } from '../tickets/transactionStore';
import { rateTicket, ticketRating } from '../tickets/ratingStore';
import { ticketClocks } from '../followUp/clocks/ticketClocks';
import { dashboardActions } from '../followUp/clocks/dashboard';
import { createReminder, dueReminders, finishReminder, listReminders, snoozeReminder } from '../followUp/reminders/reminderStore';
import { takeReminders } from '../followUp/reminders/takeReminders';
import { dismissStep, nextStep } from '../followUp/playbook/playbook';
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
import { exportPdf } from '../export/exportPdf';
import { startExport } from '../export/exportJob';
import { exportFileDownload } from '../export/exportDownload';
import { verifyUploadedDossier } from '../export/verify/verifyUpload';
import { getSettings, updateSettings } from '../settings/settingsStore';
import { requireTicket } from '../tickets/ticketGuards';
import { addEscalation } from '../followUp/escalations/addEscalation';
import { listEscalations } from '../followUp/escalations/escalationStore';
import { updateEscalation } from '../followUp/escalations/updateEscalation';
import { renderLetter } from '../followUp/letters/renderLetter';
import { deleteTemplate, listTemplates, saveTemplate } from '../followUp/letters/templateStore';
import { deleteVenue, listVenues, saveVenue } from '../followUp/venues/venueStore';
import { getProfile, updateProfile } from '../profile/profileStore';
import { desktopOnlyHandlers } from './desktopOnly';

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
    'export.zip': (input) => exportZip(ctx, input),
    'import.transcript': (input, { body }) => importTranscript(ctx, input, body ?? Readable.from([])),
    search: (input) => search(ctx, input),
    'tickets.metrics': ({ ticketId }) => ticketMetrics(ctx, ticketId),
    'platforms.metrics': () => platformScorecards(ctx),
    'guard.checkContact': (input) => guardCheckContact(ctx, input),
    'guard.scan': (input) => guardScan(ctx, input),
    'channels.update': (input) => updateChannel(ctx, input),
    'tickets.rate': (input) => rateTicket(ctx, input),
    'tickets.rating': ({ ticketId }) => ticketRating(ctx, ticketId),
    'tickets.clocks': ({ ticketId }) => ticketClocks(ctx, ticketId),
    'dashboard.actions': () => dashboardActions(ctx),
    'reminders.create': (input) => createReminder(ctx, input),
    'reminders.list': (input) => listReminders(ctx, input),
    'reminders.due': () => dueReminders(ctx),
    'reminders.take': () => takeReminders(ctx),
    'reminders.snooze': (input) => snoozeReminder(ctx, input),
    'reminders.done': ({ id }) => finishReminder(ctx, id, 'done'),
    'reminders.cancel': ({ id }) => finishReminder(ctx, id, 'cancelled'),
    'escalations.add': (input) => addEscalation(ctx, input),
    'escalations.update': (input) => updateEscalation(ctx, input),
    'escalations.list': ({ ticketId }) => listEscalations(ctx, ticketId),
    'playbook.next': ({ ticketId }) => nextStep(ctx, ticketId),
    'playbook.dismiss': ({ ticketId, key }) => dismissStep(ctx, ticketId, key),
    'letters.templates': () => listTemplates(ctx),
    'letters.render': (input) => renderLetter(ctx, input),
    'letters.saveTemplate': (input) => saveTemplate(ctx, input),
    'letters.deleteTemplate': ({ id }) => deleteTemplate(ctx, id),
    'venues.list': (input) => listVenues(ctx, input),
    'venues.save': (input) => saveVenue(ctx, input),
    'venues.delete': ({ id }) => deleteVenue(ctx, id),
    'profile.get': () => getProfile(ctx),
    'profile.update': (input) => updateProfile(ctx, input),
    'export.pdf': (input) => exportPdf(ctx, input),
    'export.start': (input) => startExport(ctx, input),
    'export.file': ({ jobId }) => exportFileDownload(ctx, jobId),
    'dossier.verify': (_input, { body }) => verifyUploadedDossier(ctx, body ?? Readable.from([])),
    'audit.list': (input) => {
      if (input?.ticketId !== undefined) requireTicket(ctx, input.ticketId);
      return ctx.audit.list(input?.ticketId);
    },
  };
}
