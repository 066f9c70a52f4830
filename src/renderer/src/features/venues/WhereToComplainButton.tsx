import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { VenuesDialog } from './VenuesDialog';

/** Opens "Where to complain" for a platform (from its own dialog, where the jurisdiction is edited). */
export function WhereToComplainButton({ platformId }: { platformId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="where-to-complain">
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        <Icon name="shield" />
        {t('venues.open')}
      </button>
      <span className="muted small">{t('venues.openHint')}</span>
      {open ? <VenuesDialog platformId={platformId} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
