import { useTranslation } from 'react-i18next';
import { useContactCheck } from './queries';
import { useReasonText } from './reasons';
import { VerdictBadge } from './VerdictBadge';

/**
 * The verdict on a channel address while it is typed, with its reasons: advice only, it never stops the
 * form from being saved. `platformId` null: the platform is not saved yet (only lookalikes are spotted).
 */
export function ContactCheck({ platformId, value }: { platformId: number | null; value: string }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const check = useContactCheck(platformId, value);
  if (!check.enabled) return null;
  const result = check.data;

  return (
    <div
      className={`guard-check ${result ? `guard-check--${result.verdict}` : ''}`}
      role="status"
      aria-label={t('guard.check.label')}
      aria-busy={check.settling}
    >
      {check.isError ? (
        <p className="guard-check__line muted">{t('guard.check.failed')}</p>
      ) : !result ? (
        <p className="guard-check__line muted">{t('guard.check.checking')}</p>
      ) : (
        <>
          <p className="guard-check__line">
            <VerdictBadge verdict={result.verdict} />
            {check.settling ? <span className="muted small">{t('guard.check.checking')}</span> : null}
            {result.provisional && result.reasons.length === 0 ? (
              <span className="muted small">
                {t('guard.check.noSigns')} {t('guard.check.noSignsNew')}
              </span>
            ) : null}
          </p>
          {result.reasons.length > 0 ? (
            <ul className="guard-reasons">
              {result.reasons.map((reason, i) => (
                <li key={`${reason.code}-${i}`}>{reasonText(reason)}</li>
              ))}
            </ul>
          ) : null}
          {result.verdict === 'suspicious' ? <p className="guard-check__note muted small">{t('guard.check.informative')}</p> : null}
        </>
      )}
    </div>
  );
}
