import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '@shared/domain';

/** A status always says its name: colour is a second cue, never the only one. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--status-${status}`}>{t(`status.${status}`)}</span>;
}
