import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '@shared/domain';
import type { TicketRating } from '@shared/followUp';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { TextAreaField } from '@renderer/components/fields';
import { useRateTicket } from './queries';
import { ScoreRadios } from './ScoreRadios';

interface RatingDialogProps {
  ticketId: number;
  platformName: string;
  status: TicketStatus;
  /** The rating saved before, to change it. */
  current: TicketRating | null;
  /** Asked without the user requesting it (the status just changed): focus starts on "Skip for now". */
  prompted?: boolean;
  onClose: () => void;
}

/**
 * "How did the platform handle this?": attitude and problem solving from 1 to 5, and what to remember
 * next time. Skipping is always one click away; the ticket offers it again later.
 */
export function RatingDialog({ ticketId, platformName, status, current, prompted = false, onClose }: RatingDialogProps) {
  const { t } = useTranslation();
  const rate = useRateTicket(ticketId);
  const [attitude, setAttitude] = useState<number | null>(current?.attitude ?? null);
  const [problemSolving, setProblemSolving] = useState<number | null>(current?.problemSolving ?? null);
  const [lessons, setLessons] = useState(current?.lessons ?? '');
  const [triedEmpty, setTriedEmpty] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (attitude === null || problemSolving === null) {
      setTriedEmpty(true);
      return;
    }
    rate.mutate({ attitude, problemSolving, lessons: lessons.trim() || undefined }, { onSuccess: onClose });
  };

  return (
    <Dialog title={t('rating.dialogTitle', { platform: platformName })} onClose={onClose}>
      <form className="form rating-form" onSubmit={submit} noValidate>
        <p className="muted">{prompted ? t('rating.dialogIntro', { status: t(`status.${status}`) }) : t('rating.sectionIntro')}</p>
        <ScoreRadios
          label={t('rating.attitude')}
          hint={t('rating.attitudeHint')}
          value={attitude}
          onChange={setAttitude}
          invalid={triedEmpty && attitude === null}
        />
        <ScoreRadios
          label={t('rating.problemSolving')}
          hint={t('rating.problemSolvingHint')}
          value={problemSolving}
          onChange={setProblemSolving}
          invalid={triedEmpty && problemSolving === null}
        />
        <TextAreaField
          label={t('rating.lessons')}
          optional
          rows={4}
          placeholder={t('rating.lessonsPlaceholder')}
          value={lessons}
          onChange={(e) => setLessons(e.target.value)}
        />
        {triedEmpty && (attitude === null || problemSolving === null) ? (
          <p className="field__problem" role="alert">
            {t('rating.pick')}
          </p>
        ) : null}
        <ErrorMessage error={rate.error} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose} data-autofocus={prompted || undefined}>
            {t('rating.skip')}
          </button>
          <button type="submit" className="button button--primary" disabled={rate.isPending} aria-busy={rate.isPending || undefined}>
            {rate.isPending ? t('rating.saving') : t('rating.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
