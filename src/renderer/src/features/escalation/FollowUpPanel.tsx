import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_LEVELS, type Escalation, type EscalationLevel } from '@shared/followUp';
import type { Ticket } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { LettersDialog } from '@renderer/features/letters/LettersDialog';
import { PlaybookCard } from '@renderer/features/playbook/PlaybookCard';
import { VenuesDialog } from '@renderer/features/venues/VenuesDialog';
import { AnswerEscalationDialog } from './AnswerEscalationDialog';
import { EscalationLadder } from './EscalationLadder';
import { currentLevel } from './levels';
import { useEscalations } from './queries';
import { RecordEscalationDialog } from './RecordEscalationDialog';
import '@renderer/styles/escalation.css';

type Open =
  | { name: 'record'; level: EscalationLevel }
  | { name: 'answer'; step: Escalation }
  | { name: 'letters'; templateId: string | null }
  | { name: 'venues' };

/**
 * The ticket's way forward, in the details panel: the playbook's proposal, the escalation ladder, and
 * the two tools every step needs (a letter, and where to complain). One dialog at a time.
 */
export function FollowUpPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const escalations = useEscalations(ticket.id);
  const [open, setOpen] = useState<Open | null>(null);
  const close = () => setOpen(null);

  /** With no step named, the next one up from where the ticket stands. */
  const record = (level: EscalationLevel | null) => {
    const here = ESCALATION_LEVELS.indexOf(currentLevel(escalations.data ?? []));
    const next = escalations.data?.length ? ESCALATION_LEVELS[Math.min(here + 1, ESCALATION_LEVELS.length - 1)] : 'senior';
    setOpen({ name: 'record', level: level ?? next ?? 'senior' });
  };

  return (
    <>
      <PlaybookCard
        ticketId={ticket.id}
        onWriteLetter={(templateId) => setOpen({ name: 'letters', templateId })}
        onRecordStep={(level) => record(level)}
      />
      <EscalationLadder ticketId={ticket.id} onRecord={record} onAnswer={(step) => setOpen({ name: 'answer', step })} />
      <section className="panel-section follow-up-tools" aria-label={t('escalation.toolsLabel')}>
        <div className="follow-up-tools__buttons">
          <button type="button" className="button button--small" onClick={() => setOpen({ name: 'letters', templateId: null })}>
            <Icon name="fileText" />
            {t('escalation.writeLetter')}
          </button>
          <button type="button" className="button button--small" onClick={() => setOpen({ name: 'venues' })}>
            <Icon name="shield" />
            {t('escalation.whereToComplain')}
          </button>
        </div>
      </section>
      {open?.name === 'record' ? (
        <RecordEscalationDialog
          ticketId={ticket.id}
          platformId={ticket.platformId}
          level={open.level}
          ended={ticket.status === 'resolved' || ticket.status === 'closed'}
          onClose={close}
        />
      ) : null}
      {open?.name === 'answer' ? <AnswerEscalationDialog step={open.step} onClose={close} /> : null}
      {open?.name === 'letters' ? (
        <LettersDialog ticketId={ticket.id} platformId={ticket.platformId} initialTemplateId={open.templateId} onClose={close} />
      ) : null}
      {open?.name === 'venues' ? <VenuesDialog platformId={ticket.platformId} onClose={close} /> : null}
    </>
  );
}
