import { LETTER_LANGUAGES, type LetterLanguage } from '@shared/followUp';

/**
 * The playbook names a built-in letter in one language ("builtin:follow_up:en"); the user reads the
 * app in theirs, so the same letter in that language is opened ("builtin:follow_up:zh-CN"). Ids
 * without a language suffix (the user's own templates) are kept as they are.
 */
export function templateForLanguage(templateId: string, language: LetterLanguage): string {
  for (const suffix of LETTER_LANGUAGES) {
    if (templateId.endsWith(`:${suffix}`)) return `${templateId.slice(0, -suffix.length)}${language}`;
  }
  return templateId;
}
