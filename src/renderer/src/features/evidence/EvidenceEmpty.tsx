import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';

/** The first step, taught: the three ways to add evidence, and why it is safe here. */
export function EvidenceEmpty({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={`evidence-empty ${compact ? 'evidence-empty--compact' : ''}`}>
      {compact ? null : <Icon name="upload" className="evidence-empty__icon" />}
      <p className="evidence-empty__title">{t('evidence.emptyTitle')}</p>
      <p className="evidence-empty__hint">{t('evidence.emptyHint')}</p>
      <p className="evidence-empty__why muted small">{t('evidence.emptyWhy')}</p>
    </div>
  );
}
