import type { GuardReason } from '@shared/domain';
import { useLanguage } from '@renderer/i18n';

/** Reasons come from the API with their sentence in both languages: pick the one for the active language. */
export function useReasonText(): (reason: GuardReason) => string {
  const { language } = useLanguage();
  return (reason) => reason.text[language] || reason.text.en;
}
