/**
 * The built-in letters (resources/letters/builtin.json), validated once at load: one template for every
 * letter kind in every language, each using only known placeholders. A JSON import like the guard's lists
 * (guard/data.ts), so the build bundles it and it is found in dev, tests, web mode and a packaged app.
 */
import { z } from 'zod';
import { LETTER_KINDS, LETTER_LANGUAGES, type LetterKind, type LetterLanguage } from '../../../../shared/followUp';
import builtinFile from '../../../../../resources/letters/builtin.json';
import { placeholderProblems } from './placeholders';

export class LetterDataError extends Error {
  override name = 'LetterDataError';
}

export interface BuiltinTemplate {
  id: string;
  kind: LetterKind;
  language: LetterLanguage;
  name: string;
  subject: string;
  body: string;
}

const fileSchema = z.strictObject({
  version: z.number().int().positive(),
  note: z.string().optional(),
  templates: z.array(
    z.strictObject({
      kind: z.enum(LETTER_KINDS),
      language: z.enum(LETTER_LANGUAGES),
      name: z.string().trim().min(1).max(200),
      subject: z.string().max(200),
      body: z.array(z.string()).min(1),
    }),
  ),
});

const builtinId = (kind: LetterKind, language: LetterLanguage): string => `builtin:${kind}:${language}`;

/** Validates the file; throws LetterDataError naming the faulty template or field. */
export function loadBuiltinTemplates(raw: unknown): { version: number; templates: readonly BuiltinTemplate[] } {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LetterDataError(`builtin.json ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const templates = parsed.data.templates.map((t): BuiltinTemplate => {
    const id = builtinId(t.kind, t.language);
    const body = t.body.join('\n');
    for (const [field, text] of [['subject', t.subject], ['body', body]] as const) {
      const problems = placeholderProblems(text);
      if (problems.unknown.length || problems.malformed.length) {
        throw new LetterDataError(`builtin.json ${id} ${field}: bad placeholders ${[...problems.unknown, ...problems.malformed].join(', ')}`);
      }
    }
    return Object.freeze({ id, kind: t.kind, language: t.language, name: t.name, subject: t.subject, body });
  });
  for (const kind of LETTER_KINDS) {
    for (const language of LETTER_LANGUAGES) {
      const count = templates.filter((t) => t.kind === kind && t.language === language).length;
      if (count !== 1) throw new LetterDataError(`builtin.json: expected one ${builtinId(kind, language)} template, found ${count}`);
    }
  }
  // Kind first, then language, in the order the shared lists give: the order the UI lists them in.
  const order = (t: BuiltinTemplate) => LETTER_KINDS.indexOf(t.kind) * LETTER_LANGUAGES.length + LETTER_LANGUAGES.indexOf(t.language);
  return { version: parsed.data.version, templates: templates.sort((a, b) => order(a) - order(b)) };
}

export const BUILTIN_LETTERS = loadBuiltinTemplates(builtinFile);
