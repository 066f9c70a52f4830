import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { RatingDialog } from './RatingDialog';
import { useTicketRating } from './queries';

/** The details panel's rating: the saved one with its lessons, or a button to give it; changeable later. */
export function TicketRatingSection({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  const rating = useTicketRating(ticket.id);
  const [editing, setEditing] = useState(false);
  const titleId = useId();
  const saved = rating.data ?? null;

  return (
    <section className="panel-section rating" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-section__title">
        {t('rating.title')}
      </h2>
      <ErrorMessage error={rating.error} />
      {saved ? (
        <>
          <dl className="facts rating__facts">
            <dt>{t('rating.attitude')}</dt>
            <dd>{t('rating.score', { value: saved.attitude })}</dd>
            <dt>{t('rating.problemSolving')}</dt>
            <dd>{t('rating.score', { value: saved.problemSolving })}</dd>
          </dl>
          {saved.lessons ? (
            <div className="rating__lessons">
              <p className="rating__lessons-title small">{t('rating.lessons')}</p>
              <p className="pre-wrap">{saved.lessons}</p>
            </div>
          ) : null}
          <p className="muted small">
            <TimeStamp iso={saved.ratedAt} display={(iso) => t('rating.saved', { time: formatDateTime(iso, dateLocale) })} />
          </p>
        </>
      ) : rating.isSuccess ? (
        <p className="muted small">{t('rating.sectionIntro')}</p>
      ) : null}
      {rating.isSuccess ? (
        <button type="button" className="button button--small rating__button" onClick={() => setEditing(true)}>
          {saved ? t('rating.change') : t('rating.rate')}
        </button>
      ) : null}
      {editing ? (
        <RatingDialog
          ticketId={ticket.id}
          platformName={ticket.platformName}
          status={ticket.status}
          current={saved}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </section>
  );
}
