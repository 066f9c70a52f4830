import { useTranslation } from 'react-i18next';
import type { LetterPlaceholder } from '@shared/followUp';
import { Icon } from '@renderer/components/Icon';

/** "Fill these before sending: account UID, …": what the ticket has no value for, left as [markers] in the text. */
export function MissingPlaceholders({ missing }: { missing: readonly LetterPlaceholder[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  const names = missing.map((name) => t(`letters.placeholder.${name}`));
  return (
    <div className="letter-missing" role="note" aria-label={t('letters.missingLabel')}>
      <Icon name="warning" className="letter-missing__icon" />
      <div>
        <p className="letter-missing__title">{t('letters.missing', { names: names.join(t('letters.listSeparator')) })}</p>
        <p className="letter-missing__hint">{t('letters.missingHint')}</p>
      </div>
    </div>
  );
}
