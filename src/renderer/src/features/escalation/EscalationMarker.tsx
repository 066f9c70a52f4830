import { useTranslation } from 'react-i18next';
import type { Entry } from '@shared/domain';
import { useEscalations } from './queries';

/**
 * A timeline note that records a ladder step is marked as one ("Escalation · Senior support"), found by
 * the step's entryId. Only notes are looked up: the other entries cannot be steps.
 */
export function EscalationMarker({ entry }: { entry: Entry }) {
  if (entry.author !== 'note') return null;
  return <NoteMarker ticketId={entry.ticketId} entryId={entry.id} />;
}

function NoteMarker({ ticketId, entryId }: { ticketId: number; entryId: number }) {
  const { t } = useTranslation();
  const escalations = useEscalations(ticketId);
  const step = escalations.data?.find((s) => s.entryId === entryId);
  if (!step) return null;
  return <span className={`badge escalation-marker escalation-marker--${step.level}`}>{t('escalation.marker', { level: t(`escalation.level.${step.level}`) })}</span>;
}
