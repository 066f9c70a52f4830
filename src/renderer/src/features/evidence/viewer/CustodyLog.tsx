import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_VIA, type CustodyEvent, type Evidence } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { shortenHash } from '@renderer/lib/format';
import { useCustody } from '../queries';

type KnownVia = (typeof EVIDENCE_VIA)[number] | 'upload';
const KNOWN_VIA: readonly string[] = [...EVIDENCE_VIA, 'upload'];

function useViaText() {
  const { t } = useTranslation();
  return (event: CustodyEvent): string | null => {
    if (!event.via) return null;
    if (event.event === 'added' && KNOWN_VIA.includes(event.via)) return t(`custody.via.${event.via as KnownVia}`);
    if (event.event === 'exported') return t('custody.exportedIn', { name: event.via });
    return event.via;
  };
}

/** Every event in the item's life, with the file's hash as it was then: added, exported, verified, removed. */
export function CustodyLog({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const titleId = useId();
  const custody = useCustody(evidence.id);
  const viaText = useViaText();

  return (
    <section className="custody" aria-labelledby={titleId}>
      <h3 id={titleId} className="viewer-section__title">
        {t('custody.title')}
      </h3>
      <ErrorMessage error={custody.error} />
      {custody.data?.length === 0 ? <p className="muted small">{t('custody.empty')}</p> : null}
      {custody.data?.length ? (
        <ol className="custody__list" aria-labelledby={titleId}>
          {custody.data.map((event, index) => {
            const differs = event.sha256 !== evidence.sha256;
            const via = viaText(event);
            return (
              <li key={`${event.at}-${index}`} className={`custody__event custody__event--${event.event}`}>
                <span className="custody__what">
                  <strong>{t(`custody.event.${event.event}`)}</strong>
                  {via ? <span className="custody__via"> {via}</span> : null}
                </span>
                <TimeStamp className="custody__when" iso={event.at} display={(iso) => formatDateTime(iso, dateLocale)} />
                <code className="custody__hash" title={`${t('custody.hashAt')}: ${event.sha256}`}>
                  {shortenHash(event.sha256, 12, 6)}
                </code>
                {differs ? <span className="badge badge--danger">{t('custody.hashDiffers')}</span> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}
