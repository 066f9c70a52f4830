import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useLanguage } from '@renderer/i18n';
import { ClockSummary } from './ClockSummary';
import { useTicketClocks } from './queries';

/**
 * The details panel's "Clocks": each running clock with its label, time left or gone, due date (its
 * calculation on hover) and state. A closed ticket says its clocks stopped instead of showing none.
 */
export function TicketClocks({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const clocks = useTicketClocks(ticketId);
  const titleId = useId();
  const data = clocks.data;
  const closed = data?.status === 'resolved' || data?.status === 'closed';

  return (
    <section className="panel-section clocks" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-section__title">
        {t('clocks.title')}
      </h2>
      <ErrorMessage error={clocks.error} />
      {!data && clocks.isPending ? <p className="muted small">{t('clocks.loading')}</p> : null}
      {data && data.clocks.length === 0 ? <p className="muted small">{closed ? t('clocks.closed') : t('clocks.none')}</p> : null}
      {data && data.clocks.length > 0 ? (
        <ul className="clocks__list" aria-label={t('clocks.listLabel')}>
          {data.clocks.map((clock, index) => (
            <li key={`${clock.kind}-${index}`} className="clocks__item">
              <p className="clocks__label">{clock.label[language]}</p>
              <ClockSummary clock={clock} computedAt={data.computedAt} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
