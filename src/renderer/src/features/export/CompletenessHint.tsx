import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { usePlatforms } from '@renderer/features/platforms/queries';
import { useProfile } from '@renderer/features/profile/queries';
import { isComplete, missingCoverFacts } from './completeness';
import { FiatValueForm } from './fiat/FiatValueForm';

interface CompletenessHintProps {
  ticket: Ticket;
  onFillProfile: () => void;
  onOpenPlatform: () => void;
}

/**
 * Before exporting: which cover facts will read "not given", with a way to fill each. Only a hint: a
 * dossier without them is still worth sending, so nothing here blocks the export.
 */
export function CompletenessHint({ ticket, onFillProfile, onOpenPlatform }: CompletenessHintProps) {
  const { t } = useTranslation();
  const profile = useProfile();
  const platforms = usePlatforms();
  const [fiatOpen, setFiatOpen] = useState(false);
  const platform = platforms.data?.find((p) => p.id === ticket.platformId) ?? null;
  const missing = missingCoverFacts(profile.data ?? null, platform, ticket);
  if (isComplete(missing) && !fiatOpen) return null;

  return (
    <aside className="completeness" aria-labelledby="completeness-title">
      <p id="completeness-title" className="completeness__title">
        <Icon name="warning" /> {t('dossierExport.completeness.title')}
      </p>
      <ul className="completeness__list">
        {missing.profile.length > 0 ? (
          <li>
            <span>
              {t('dossierExport.completeness.profile', {
                facts: missing.profile.map((fact) => t(`dossierExport.completeness.fact.${fact}`)).join(t('dossierExport.completeness.separator')),
              })}
            </span>
            <button type="button" className="button button--small" onClick={onFillProfile}>
              {t('dossierExport.completeness.fillProfile')}
            </button>
          </li>
        ) : null}
        {missing.platform.length > 0 ? (
          <li>
            <span>
              {t('dossierExport.completeness.platform', {
                platform: ticket.platformName,
                facts: missing.platform.map((fact) => t(`dossierExport.completeness.fact.${fact}`)).join(t('dossierExport.completeness.separator')),
              })}
            </span>
            <button type="button" className="button button--small" onClick={onOpenPlatform}>
              {t('dossierExport.completeness.openPlatform')}
            </button>
          </li>
        ) : null}
        {missing.fiatValue || fiatOpen ? (
          <li className="completeness__fiat">
            {missing.fiatValue ? <span>{t('dossierExport.completeness.fiat')}</span> : null}
            {fiatOpen ? (
              <FiatValueForm key={`${ticket.fiatAmount}|${ticket.fiatCurrency}`} ticket={ticket} />
            ) : (
              <button type="button" className="button button--small" onClick={() => setFiatOpen(true)}>
                {t('dossierExport.completeness.enterFiat')}
              </button>
            )}
          </li>
        ) : null}
      </ul>
      <p className="completeness__note muted small">{t('dossierExport.completeness.note')}</p>
    </aside>
  );
}
