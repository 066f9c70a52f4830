import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { useLog } from '@renderer/features/timeline/queries';
import { useSectionOpen } from '@renderer/lib/useSectionOpen';
import { CurrentWait } from './CurrentWait';
import { formatDuration } from './formatDuration';
import { useTicketMetrics } from './queries';
import { WaitChart } from './WaitChart';

/**
 * How support is really responding on this ticket, from the log alone: first response, typical and
 * longest wait, the wait going on now, how many agents, what went unanswered; and every wait as a bar.
 */
export function ResponseFigures({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const metrics = useTicketMetrics(ticketId);
  const log = useLog(ticketId);
  const [open, setOpen] = useSectionOpen('responseFigures', true);
  const bodyId = useId();
  const m = metrics.data;
  const openWait = m?.waits.find((w) => w.toEntryId === null);
  const waitingSince = openWait ? log.data?.find((e) => e.id === openWait.fromEntryId)?.occurredAt : undefined;
  const value = (seconds: number | null) =>
    seconds === null ? <span className="muted">{t('metrics.notYet')}</span> : formatDuration(seconds, t);

  return (
    <section className="panel-section figures" aria-labelledby={`${bodyId}-title`}>
      <h2 id={`${bodyId}-title`} className="panel-section__title">
        <button type="button" className="section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <Icon name="chevronRight" className={`section-toggle__icon ${open ? 'section-toggle__icon--open' : ''}`} />
          {t('metrics.title')}
        </button>
      </h2>
      {open ? (
        <div id={bodyId} className="figures__body">
          <ErrorMessage error={metrics.error} />
          {!m && metrics.isPending ? <p className="muted small">{t('common.loading')}</p> : null}
          {m ? (
            <>
              {waitingSince ? <CurrentWait since={waitingSince} /> : null}
              <dl className="figures__grid">
                <div className="figures__item">
                  <dt>{t('metrics.firstResponse')}</dt>
                  <dd>{value(m.firstResponseSeconds)}</dd>
                </div>
                <div className="figures__item">
                  <dt>{t('metrics.medianWait')}</dt>
                  <dd>{value(m.medianWaitSeconds)}</dd>
                </div>
                <div className="figures__item">
                  <dt>{t('metrics.longestWait')}</dt>
                  <dd>{value(m.longestWaitSeconds)}</dd>
                </div>
                <div className="figures__item">
                  <dt>{t('metrics.agents')}</dt>
                  <dd>{m.agentsInvolved}</dd>
                </div>
                <div className="figures__item">
                  <dt>{t('metrics.unanswered')}</dt>
                  <dd className={m.unansweredMessages > 0 ? 'figures__warn' : undefined}>{m.unansweredMessages}</dd>
                </div>
              </dl>
              {m.waits.length > 0 ? (
                <WaitChart waits={m.waits} currentSeconds={m.currentWaitSeconds} />
              ) : (
                <p className="muted small">{t('metrics.empty')}</p>
              )}
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
