/**
 * import.transcript: a transcript the user already has (WhatsApp, Telegram, e-mail, a live-chat paste, CSV)
 * becomes entries on a ticket. The parsers (src/main/core/import/) are pure; this module decides who is
 * "me", previews, and stores.
 *
 * The body is one transcript file, or a ZIP of an export folder (Telegram's result.json with its photos and
 * files, a folder of .eml, WhatsApp's chat with media): see importInput.ts and ../import/bundle/.
 *
 * Preview — nothing is written — when the input says dryRun, when the parser still has questions (`needs`:
 * day/month order, the date, the time zone, the CSV columns), or when nobody has said which sender is the
 * user (`me`, else the one remembered for this platform and format; '' says none of them is, and every
 * message but the system lines is then the platform's). The answer lists the first 500 messages as they
 * would be stored, each marked `duplicate` when an earlier import already brought it, and counts the
 * attachments that would become evidence.
 *
 * Store — one IMMEDIATE transaction: every message not already on the ticket (same import key) becomes an
 * entry, attachments (e-mail parts, files from the ZIP) become evidence tied to their entry, "me" is remembered for the platform and
 * format, and one `import.stored` audit event records the import. Attachments are streamed into the vault
 * BEFORE the transaction (that part is async) and their rows written inside it; if anything fails the
 * transaction rolls back and every vault file this import created is removed again, so a failed import
 * leaves the store exactly as it was. A second import of the same file adds nothing (skipped = total).
 *
 * Long messages: a typed entry holds at most LIMITS.entryText (100,000) characters, but an imported message
 * is the user's record and cutting it would lose words, so imported texts are kept whole up to
 * IMPORTED_TEXT_MAX (1,000,000) characters. A longer one is not stored at all and is named in a warning
 * (the preview shows it first), never silently shortened.
 */
import { Readable } from 'node:stream';
import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Author, ImportPreviewMessage, ImportResult } from '../../../shared/domain';
import { LIMITS } from '../../../shared/limits';
import { inTransaction, type CoreContext } from '../context';
import { notFound } from '../errors';
import { statement } from '../db/statements';
import { abandonEvidence, commitEvidence, prepareEvidence, type PreparedEvidence } from '../evidence/addEvidence';
import type { ParsedAttachment, ParsedMessage, ParseResult, ParseWarning } from '../import';
import { evidenceMaxBytes } from '../settings/settingsStore';
import { requireTicket, touchTicket } from '../tickets/ticketGuards';
import { formatBytes } from '../evidence/vault';
import { receiveImport, toApiError } from './importInput';
import { scanEntry } from './entryFlags';
import { endRemindersOnReply } from '../followUp/reminders/reminderEnding';
import { ticketPlatformRef } from '../platforms/platformGuard';
import type { PlatformRef } from '../guard';

type ImportInput = ParsedInputOf<'import.transcript'>;
type Warning = ImportResult['warnings'][number];

/** Messages listed in an answer (the preview); `total` counts them all. */
export const PREVIEW_MESSAGES = 500;
/** A preview shows this much of each message's text; the stored entry keeps all of it. */
export const PREVIEW_TEXT_CHARS = 5_000;
export const MAX_WARNINGS = 500;
/** Longest imported message text kept as one entry (characters); see the module comment. */
export const IMPORTED_TEXT_MAX = 1_000_000;

export async function importTranscript(ctx: CoreContext, input: ImportInput, body: AsyncIterable<Uint8Array>): Promise<ImportResult> {
  const platformId = platformOfTicket(ctx, input.ticketId);
  // A ZIP (an export folder) stays open until the store has streamed its files; close() removes its temp file.
  const received = await receiveImport(ctx, body, input);
  try {
    return await previewOrStore(ctx, input, platformId, received.parsed);
  } finally {
    await received.close();
  }
}

async function previewOrStore(ctx: CoreContext, input: ImportInput, platformId: number, parsed: ParseResult): Promise<ImportResult> {
  const remembered = rememberedMe(ctx, platformId, parsed.format);
  // '' is an answer ("none of these senders is me"), given now or remembered; only undefined/null is not.
  const me = input.me ?? remembered;
  const suggestedMe = me ?? parsed.suggestedMe ?? null;
  const needs = [...parsed.needs];
  // A message without an instant cannot be placed on the timeline; the parsers ask for what is missing.
  if (needs.length === 0 && parsed.messages.some((m) => m.occurredAt === null)) needs.push('date');
  const existing = existingKeys(ctx, input.ticketId);
  const authorOf = authorMapper(me ?? suggestedMe);
  const attachments = planAttachments(parsed, existing, evidenceMaxBytes(ctx));
  const warnings = [...parsed.warnings.map(toWarning), ...importWarnings(parsed, me), ...attachments.warnings];
  const dryRun = input.dryRun === true || input.dryRun === '1' || input.dryRun === 'true';

  const duplicates = parsed.messages.reduce((n, m) => n + (existing.has(m.key) ? 1 : 0), 0);
  const answer = (stored: { imported: number; skipped: number; evidenceAdded: number } | null): ImportResult => ({
    dryRun: stored === null,
    format: parsed.format,
    senders: parsed.senders,
    suggestedMe,
    needs,
    warnings: capWarnings(warnings),
    messages: parsed.messages.slice(0, PREVIEW_MESSAGES).map((m) => previewOf(m, authorOf(m), existing.has(m.key))),
    total: parsed.messages.length,
    imported: stored?.imported ?? 0,
    // A preview says how many would be skipped as already imported.
    skipped: stored?.skipped ?? duplicates,
    // …and how many attachments it would add (at most: a file already on the ticket is not added twice).
    evidenceAdded: stored?.evidenceAdded ?? attachments.items.length,
    ...(parsed.csv ? { csv: csvInfo(parsed.csv) } : {}),
  });
  if (dryRun || needs.length > 0 || me === null) return answer(null);
  return answer(await store(ctx, input, parsed, me, attachments.items));
}

interface PlannedAttachment {
  message: ParsedMessage;
  attachment: ParsedAttachment;
}

/**
 * The attachments an import would keep: those of messages not yet on the ticket whose bytes are at hand
 * (an e-mail part) or can be streamed (a file in the uploaded ZIP). An empty one, or one over the evidence
 * size limit, is named in a warning instead, in the preview already.
 */
function planAttachments(parsed: ParseResult, existing: Set<string>, maxBytes: number): { items: PlannedAttachment[]; warnings: Warning[] } {
  const items: PlannedAttachment[] = [];
  const warnings: Warning[] = [];
  for (const message of parsed.messages) {
    if (existing.has(message.key) || message.text.length > IMPORTED_TEXT_MAX) continue;
    for (const attachment of message.attachments) {
      const size = attachment.bytes?.byteLength ?? attachment.source?.size;
      if (size === undefined) continue;
      if (size === 0 || size > maxBytes) {
        warnings.push({
          code: size === 0 ? 'attachment_empty' : 'attachment_too_large',
          ...(message.line === undefined ? {} : { line: message.line }),
          message:
            size === 0
              ? `The attachment "${attachment.name}" is empty; it was not kept.`
              : `The attachment "${attachment.name}" is larger than the evidence limit of ${formatBytes(maxBytes)}; it was not kept.`,
        });
        continue;
      }
      items.push({ message, attachment });
    }
  }
  return { items, warnings };
}

async function store(
  ctx: CoreContext,
  input: ImportInput,
  parsed: ParseResult,
  me: string,
  attachments: PlannedAttachment[],
): Promise<{ imported: number; skipped: number; evidenceAdded: number }> {
  const ticketId = input.ticketId;
  const timeZone = input.timeZone ?? 'UTC';
  const authorOf = authorMapper(me);
  const source = `import:${parsed.format}`;

  // 1. Attachments of the messages that will be new go to the vault first (async, streamed, hashed).
  const prepared: { key: string; evidence: PreparedEvidence }[] = [];
  const committed = new Set<PreparedEvidence>();
  try {
    for (const { message, attachment } of attachments) {
      // Dated by the message that carried it (the file has no time of its own), described by it too.
      const evidence = await prepareEvidence(
        ctx,
        {
          name: attachment.name,
          via: 'import',
          timeZone,
          fileTime: Date.parse(message.occurredAt!),
          description: `Attached to ${message.subject ? `"${message.subject}"` : 'a message'} from ${message.sender || 'an unnamed sender'}`.slice(0, LIMITS.longText),
        },
        attachment.bytes ? Readable.from([attachment.bytes]) : await attachment.source!.open(),
      );
      prepared.push({ key: message.key, evidence });
    }

    // 2. One transaction: entries, their evidence rows, the remembered "me", the audit event.
    const outcome = inTransaction(ctx, () => {
      requireTicket(ctx, ticketId);
      const insert = statement(
        ctx.db,
        `INSERT INTO entries (ticket_id, kind, author, agent_name, channel, occurred_at, time_zone, recorded_at, text,
           call_duration_sec, call_number, import_key, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)
         ON CONFLICT (ticket_id, import_key) WHERE import_key IS NOT NULL DO NOTHING`,
      );
      const recordedAt = ctx.now().toISOString();
      // Every imported agent message is scanned for impersonation; the platform is read once (and a failure
      // to read it only means no flags: scanEntry logs it and the import goes on).
      let platform: PlatformRef | undefined;
      try {
        platform = ticketPlatformRef(ctx, ticketId);
      } catch (error) {
        ctx.log(`guard: platform of ticket ${ticketId} unreadable, import not scanned: ${error instanceof Error ? error.message : String(error)}`);
      }
      const entryIds = new Map<string, number>();
      // The latest imported answer from the platform: it ends "until they answer" reminders (below).
      let latestAnswer: { at: string; entryId: number } | null = null;
      let imported = 0;
      let skipped = 0;
      for (const message of parsed.messages) {
        if (message.text.length > IMPORTED_TEXT_MAX) continue;
        const author = authorOf(message);
        const occurredAt = new Date(message.occurredAt!).toISOString();
        const result = insert.run(
          ticketId,
          message.kind === 'call' ? 'call' : 'message',
          author,
          author === 'agent' ? message.sender.trim() || null : null,
          message.channel,
          occurredAt,
          timeZone,
          recordedAt,
          message.text,
          message.kind === 'call' ? (message.call?.durationSec ?? null) : null,
          message.key,
          source,
        );
        if (result.changes === 0) {
          skipped++;
          continue;
        }
        imported++;
        const entryId = Number(result.lastInsertRowid);
        entryIds.set(message.key, entryId);
        if (author === 'agent' && platform) scanEntry(ctx, { id: entryId, ticketId, text: message.text }, platform);
        if (author === 'agent' && (latestAnswer === null || occurredAt > latestAnswer.at)) latestAnswer = { at: occurredAt, entryId };
      }
      let evidenceAdded = 0;
      for (const { key, evidence } of prepared) {
        const entryId = entryIds.get(key);
        if (entryId === undefined) continue; // imported meanwhile by another call: its file goes below
        const added = commitEvidence(ctx, evidence, { ticketId, entryId });
        committed.add(evidence);
        if (!added.duplicate) evidenceAdded++;
      }
      rememberMe(ctx, input.ticketId, parsed.format, me);
      if (imported > 0 || evidenceAdded > 0) {
        touchTicket(ctx, ticketId);
        ctx.audit.record('import.stored', {
          ticketId,
          subject: `ticket:${ticketId}`,
          detail: { format: parsed.format, name: input.name, imported, skipped, evidenceAdded, me },
        });
      }
      if (latestAnswer) endRemindersOnReply(ctx, ticketId, latestAnswer.at, latestAnswer.entryId);
      return { imported, skipped, evidenceAdded };
    });
    for (const evidence of committed) evidence.blob.release();
    await abandonEvidence(
      ctx,
      prepared.filter((p) => !committed.has(p.evidence)).map((p) => p.evidence),
    );
    return outcome;
  } catch (error) {
    await abandonEvidence(ctx, prepared.map((p) => p.evidence));
    // A file in an uploaded ZIP that turns out damaged while it is streamed is the importer's bad_zip.
    throw toApiError(error);
  }
}

/** The ticket's platform (its "me" is remembered per platform); not_found before any byte is read. */
function platformOfTicket(ctx: CoreContext, ticketId: number): number {
  const platformId = statement(ctx.db, 'SELECT platform_id FROM tickets WHERE id = ?', { pluck: true }).get(ticketId) as number | undefined;
  if (platformId === undefined) throw notFound('Ticket', ticketId);
  return platformId;
}

function rememberedMe(ctx: CoreContext, platformId: number, format: string): string | null {
  return (
    (statement(ctx.db, 'SELECT me FROM platform_import_prefs WHERE platform_id = ? AND format = ?', { pluck: true }).get(platformId, format) as
      | string
      | undefined) ?? null
  );
}

function rememberMe(ctx: CoreContext, ticketId: number, format: string, me: string): void {
  statement(
    ctx.db,
    `INSERT INTO platform_import_prefs (platform_id, format, me, updated_at)
     SELECT platform_id, ?, ?, ? FROM tickets WHERE id = ?
     ON CONFLICT (platform_id, format) DO UPDATE SET me = excluded.me, updated_at = excluded.updated_at
     WHERE me IS NOT excluded.me`,
  ).run(format, me, ctx.now().toISOString(), ticketId);
}

function existingKeys(ctx: CoreContext, ticketId: number): Set<string> {
  const keys = statement(ctx.db, 'SELECT import_key FROM entries WHERE ticket_id = ? AND import_key IS NOT NULL', { pluck: true }).all(ticketId);
  return new Set(keys as string[]);
}

/**
 * Who wrote a message, as the timeline records it: the sender the user named as "me" (by the name the
 * transcript shows, or by its address/id, ignoring case) is 'me'; service lines are 'system'; everyone
 * else is the platform's side, 'agent', with the sender as the agent's name.
 */
function authorMapper(me: string | null): (m: ParsedMessage) => Author {
  // '' ("none of these senders is me") matches nobody, not even a message without a sender name.
  const name = me?.trim() || null;
  const id = name?.toLowerCase() ?? null;
  return (m) => {
    if (m.kind === 'system') return 'system';
    if (name !== null && (m.sender.trim() === name || m.senderId?.toLowerCase() === id)) return 'me';
    return 'agent';
  };
}

function previewOf(m: ParsedMessage, author: Author, duplicate: boolean): ImportPreviewMessage {
  return {
    key: m.key,
    sender: m.sender,
    author,
    occurredAt: m.occurredAt,
    localTime: m.localTime ?? null,
    text: m.text.length > PREVIEW_TEXT_CHARS ? `${m.text.slice(0, PREVIEW_TEXT_CHARS)}…` : m.text,
    kind: m.kind,
    attachments: m.attachments.map((a) => a.name),
    duplicate,
  };
}

/** What this module adds to the parser's warnings. */
function importWarnings(parsed: ParseResult, me: string | null): Warning[] {
  const warnings: Warning[] = [];
  const besideTranscript = parsed.messages.reduce(
    (n, m) => n + m.attachments.filter((a) => !a.bytes && !a.source && a.path !== undefined && !a.omitted).length,
    0,
  );
  if (besideTranscript > 0 && !parsed.folderGiven) {
    warnings.push({
      code: 'attachments_not_included',
      message: `${besideTranscript} file(s) the transcript refers to sit beside it in the export folder; only the transcript was uploaded, so they were not brought in. Send the export folder as a ZIP to bring them in as evidence.`,
    });
  }
  for (const m of parsed.messages) {
    if (m.text.length <= IMPORTED_TEXT_MAX) continue;
    warnings.push({
      code: 'text_too_long',
      ...(m.line === undefined ? {} : { line: m.line }),
      message: `A message from "${m.sender}" has ${m.text.length} characters, more than the ${IMPORTED_TEXT_MAX} an entry can hold; it will not be imported. Keep the file itself as evidence.`,
      text: m.text.slice(0, 200),
    });
  }
  const authorOf = authorMapper(me);
  // Not when the user said none of the senders is them ('').
  if (me && parsed.messages.length > 0 && !parsed.messages.some((m) => authorOf(m) === 'me')) {
    warnings.push({
      code: 'me_not_found',
      message: `No message here is from "${me}": every message will be recorded as the platform's. Pick yourself among the senders if that is wrong.`,
    });
  }
  return warnings;
}

function toWarning(w: ParseWarning): Warning {
  return {
    code: w.code,
    message: w.message,
    ...(w.line === undefined ? {} : { line: w.line }),
    ...(w.text === undefined ? {} : { text: w.text.length > 1000 ? `${w.text.slice(0, 1000)}…` : w.text }),
  };
}

function capWarnings(warnings: Warning[]): Warning[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  return [
    ...warnings.slice(0, MAX_WARNINGS - 1),
    { code: 'more_warnings', message: `${warnings.length - (MAX_WARNINGS - 1)} more warnings are not listed.` },
  ];
}

function csvInfo(csv: NonNullable<ParseResult['csv']>): NonNullable<ImportResult['csv']> {
  const suggested: Record<string, string | undefined> = {};
  for (const [field, index] of Object.entries(csv.suggestedColumns)) suggested[field] = index === undefined ? undefined : csv.header[index];
  return { header: csv.header, suggested };
}
