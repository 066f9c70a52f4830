import type { TFunction } from 'i18next';
import type { LetterTemplate } from '@shared/followUp';

/** A template's name in a list, with whether it is the user's own or their edit of a built-in one. */
export function templateLabel(template: LetterTemplate, t: TFunction): string {
  if (!template.builtIn) return `${template.name} (${t('letters.mine')})`;
  if (template.edited) return `${template.name} (${t('letters.editedByMe')})`;
  return template.name;
}
