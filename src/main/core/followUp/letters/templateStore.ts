/**
 * Letter templates: the built-in ones (read-only originals, which the user may override with their own
 * text under the same id) and the user's own ("user:<n>"), all in letter_templates.
 */
import type { ParsedInputOf } from '../../../../shared/api/contract';
import { LETTER_PLACEHOLDERS, type LetterTemplate } from '../../../../shared/followUp';
import { inTransaction, type CoreContext } from '../../context';
import { CasefileError, notFound } from '../../errors';
import { nextUserId, userNumber } from '../userIds';
import { BUILTIN_LETTERS, type BuiltinTemplate } from './letterData';
import { placeholderProblems } from './placeholders';

/** A row of letter_templates: the same fields as a built-in, and when the user saved it. */
interface TemplateRow extends BuiltinTemplate {
  updated_at: string;
}

/** Built-ins first (kind, then language), with the user's text where they edited one; then the user's own by number. */
export function listTemplates(ctx: CoreContext): LetterTemplate[] {
  const rows = new Map((ctx.db.prepare('SELECT * FROM letter_templates').all() as TemplateRow[]).map((r) => [r.id, r]));
  const builtIns = BUILTIN_LETTERS.templates.map((b) => fromBuiltin(b, rows.get(b.id)));
  const own = [...rows.values()]
    .filter((r) => userNumber(r.id) > 0)
    .sort((a, b) => userNumber(a.id) - userNumber(b.id))
    .map((r) => fromRow(r, false));
  return [...builtIns, ...own];
}

export function getTemplate(ctx: CoreContext, id: string): LetterTemplate {
  const row = ctx.db.prepare('SELECT * FROM letter_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  const builtin = BUILTIN_LETTERS.templates.find((b) => b.id === id);
  if (builtin) return fromBuiltin(builtin, row);
  if (row && userNumber(row.id) > 0) return fromRow(row, false);
  throw notFound('Letter template', id);
}

export function saveTemplate(ctx: CoreContext, input: ParsedInputOf<'letters.saveTemplate'>): LetterTemplate {
  const subject = input.subject ?? '';
  checkPlaceholders('body', input.body);
  checkPlaceholders('subject', subject);
  return inTransaction(ctx, () => {
    const builtin = input.id === undefined ? undefined : BUILTIN_LETTERS.templates.find((b) => b.id === input.id);
    if (builtin) return overrideBuiltin(ctx, builtin, { ...input, subject });
    if (input.id !== undefined && !ctx.db.prepare("SELECT 1 FROM letter_templates WHERE id = ? AND id LIKE 'user:%'").get(input.id)) {
      throw notFound('Letter template', input.id);
    }
    const id = input.id ?? nextUserId(ctx, 'letter_templates');
    writeRow(ctx, { id, kind: input.kind, language: input.language, name: input.name, subject, body: input.body });
    ctx.audit.record(input.id === undefined ? 'letterTemplate.added' : 'letterTemplate.updated', {
      subject: `letterTemplate:${id}`,
      detail: { name: input.name, kind: input.kind, language: input.language, chars: input.body.length },
    });
    return getTemplate(ctx, id);
  });
}

/** The user's template is deleted; an edited built-in gets its original text back; a pristine built-in is refused. */
export function deleteTemplate(ctx: CoreContext, id: string): { deleted: boolean; restored: boolean } {
  return inTransaction(ctx, () => {
    const builtin = BUILTIN_LETTERS.templates.find((b) => b.id === id);
    const { changes } = ctx.db.prepare('DELETE FROM letter_templates WHERE id = ?').run(id);
    if (builtin) {
      if (changes === 0) {
        throw new CasefileError('conflict', `${id} is a built-in template that was never edited: there is nothing to delete or restore`);
      }
      ctx.audit.record('letterTemplate.restored', { subject: `letterTemplate:${id}`, detail: {} });
      return { deleted: false, restored: true };
    }
    if (changes === 0) throw notFound('Letter template', id);
    ctx.audit.record('letterTemplate.deleted', { subject: `letterTemplate:${id}`, detail: {} });
    return { deleted: true, restored: false };
  });
}

/** Saving a built-in's id stores the user's text over it; saving its original text again simply restores it. */
function overrideBuiltin(
  ctx: CoreContext,
  builtin: BuiltinTemplate,
  input: ParsedInputOf<'letters.saveTemplate'> & { subject: string },
): LetterTemplate {
  if (input.kind !== builtin.kind || input.language !== builtin.language) {
    const field = input.kind !== builtin.kind ? 'kind' : 'language';
    throw new CasefileError(
      'invalid_input',
      `${field}: ${builtin.id} is a ${builtin.kind} letter in ${builtin.language}; to write another kind or language, save it as a new template (without id)`,
      field,
    );
  }
  const pristine = input.name === builtin.name && input.subject === builtin.subject && input.body === builtin.body;
  if (pristine) {
    ctx.db.prepare('DELETE FROM letter_templates WHERE id = ?').run(builtin.id);
  } else {
    writeRow(ctx, { ...builtin, name: input.name, subject: input.subject, body: input.body });
  }
  ctx.audit.record(pristine ? 'letterTemplate.restored' : 'letterTemplate.edited', {
    subject: `letterTemplate:${builtin.id}`,
    detail: { chars: input.body.length },
  });
  return getTemplate(ctx, builtin.id);
}

function checkPlaceholders(field: 'body' | 'subject', text: string): void {
  const { unknown, malformed } = placeholderProblems(text);
  if (unknown.length === 0 && malformed.length === 0) return;
  const parts: string[] = [];
  if (unknown.length) parts.push(`unknown placeholders ${unknown.join(', ')}`);
  if (malformed.length) parts.push(`malformed braces at ${malformed.map((m) => JSON.stringify(m)).join(', ')}`);
  throw new CasefileError(
    'invalid_input',
    `${field}: ${parts.join('; ')}. Write placeholders as {{name}} with one of: ${LETTER_PLACEHOLDERS.join(', ')}`,
    field,
    'bad_placeholders',
  );
}

function writeRow(ctx: CoreContext, t: Omit<TemplateRow, 'updated_at'>): void {
  ctx.db
    .prepare(
      `INSERT INTO letter_templates (id, kind, language, name, subject, body, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, language = excluded.language, name = excluded.name,
         subject = excluded.subject, body = excluded.body, updated_at = excluded.updated_at`,
    )
    .run(t.id, t.kind, t.language, t.name, t.subject, t.body, ctx.now().toISOString());
}

function fromBuiltin(builtin: BuiltinTemplate, override: TemplateRow | undefined): LetterTemplate {
  if (override) return { ...fromRow(override, true), kind: builtin.kind, language: builtin.language, edited: true };
  return { ...builtin, builtIn: true, edited: false, updatedAt: null };
}

function fromRow(row: TemplateRow, builtIn: boolean): LetterTemplate {
  return {
    id: row.id,
    kind: row.kind,
    language: row.language,
    name: row.name,
    subject: row.subject,
    body: row.body,
    builtIn,
    edited: builtIn,
    updatedAt: row.updated_at,
  };
}
