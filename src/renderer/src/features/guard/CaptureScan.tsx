import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { useTicket } from '@renderer/features/tickets/queries';
import { useMessageScan } from './queries';
import { useReasonText } from './reasons';

/**
 * Under the capture box while an agent's message is typed: the marks of impersonation found so far. Advice
 * only: the message is logged as written either way.
 */
export function CaptureScan({ ticketId, text }: { ticketId: number; text: string }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const ticket = useTicket(ticketId);
  const scan = useMessageScan(ticket.data?.platformId ?? null, text, ticket.isSuccess);
  if (text.trim() === '' || !scan.data) return null;
  const flags = scan.data.flags;

  return (
    <div className={`guard-scan ${flags.length ? 'guard-scan--flagged' : ''}`} role="status" aria-label={t('guard.capture.label')}>
      {flags.length === 0 ? (
        <p className="guard-scan__line muted small">
          <Icon name="shieldCheck" size={13} />
          {t('guard.capture.clean')}
        </p>
      ) : (
        <>
          <p className="guard-scan__line">
            <Icon name="warning" size={14} />
            <strong>{t('guard.capture.flagged', { count: flags.length })}</strong>
            <span className="muted small">{t('guard.capture.informative')}</span>
          </p>
          <ul className="guard-reasons guard-reasons--compact">
            {flags.map((flag, i) => (
              <li key={`${flag.ruleId}-${flag.start}-${i}`}>
                <q className="guard-flags__phrase">{flag.excerpt}</q> {reasonText(flag.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
