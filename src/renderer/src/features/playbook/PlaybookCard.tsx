import { useTranslation } from 'react-i18next';
import type { EscalationLevel } from '@shared/followUp';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { TimeStamp } from '@renderer/components/TimeStamp';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';
import { usePlaybook } from './queries';
import { templateForLanguage } from './templateForLanguage';
import { useUndoableDismiss } from './useUndoableDismiss';

interface PlaybookCardProps {
  ticketId: number;
  onWriteLetter: (templateId: string) => void;
  onRecordStep: (level: EscalationLevel) => void;
}

/**
 * The playbook's proposed next step: what to do, why (with the figures it used), the ladder step it
 * means, and the letter that fits. Dismissing hides it for this situation, with a few seconds to undo.
 */
export function PlaybookCard({ ticketId, onWriteLetter, onRecordStep }: PlaybookCardProps) {
  const { t } = useTranslation();
  const { language, dateLocale } = useLanguage();
  const playbook = usePlaybook(ticketId);
  const { pendingKey, dismiss, undo, error } = useUndoableDismiss(ticketId);
  const proposal = playbook.data?.proposal ?? null;
  const hidden = proposal !== null && proposal.key === pendingKey;
  const titleId = `playbook-title-${ticketId}`;

  return (
    <section className="panel-section playbook" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-section__title">
        {t('playbook.title')}
      </h2>
      <ErrorMessage error={playbook.error ?? error} />
      <div role="status" className="playbook__status">
        {pendingKey !== null ? (
          <p className="playbook__undo">
            <span>{t('playbook.dismissed')}</span>
            <button type="button" className="button button--small" onClick={undo}>
              {t('playbook.undo')}
            </button>
          </p>
        ) : null}
      </div>
      {playbook.data && (!proposal || hidden) && pendingKey === null ? <p className="muted small">{t('playbook.nothing')}</p> : null}
      {proposal && !hidden ? (
        <article className={`playbook__card playbook__card--${proposal.action}`} aria-labelledby={`${titleId}-action`}>
          <h3 id={`${titleId}-action`} className="playbook__action">
            <Icon name="chevronRight" />
            {t(`playbook.action.${proposal.action}`)}
          </h3>
          <p className="playbook__reason">
            <span className="visually-hidden">{t('playbook.why')}: </span>
            {proposal.reason.text[language] || proposal.reason.text.en}
          </p>
          {proposal.level || proposal.actAt ? (
            <p className="playbook__meta muted small">
              {proposal.level ? t('playbook.suggestedStep', { level: t(`escalation.level.${proposal.level}`) }) : null}
              {proposal.level && proposal.actAt ? ' · ' : null}
              {proposal.actAt ? (
                <>
                  {t('playbook.actFrom')}{' '}
                  <TimeStamp iso={proposal.actAt} display={(iso) => formatDateTime(iso, dateLocale)} />
                </>
              ) : null}
            </p>
          ) : null}
          <div className="playbook__buttons">
            {proposal.letterTemplateId ? (
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => onWriteLetter(templateForLanguage(proposal.letterTemplateId ?? '', language))}
              >
                {t('playbook.writeLetter')}
              </button>
            ) : null}
            {proposal.level ? (
              <button type="button" className="button button--small" onClick={() => proposal.level && onRecordStep(proposal.level)}>
                {t('playbook.recordStep')}
              </button>
            ) : null}
            <button type="button" className="button button--small button--quiet" onClick={() => dismiss(proposal.key)}>
              {t('playbook.dismiss')}
            </button>
          </div>
        </article>
      ) : null}
    </section>
  );
}
