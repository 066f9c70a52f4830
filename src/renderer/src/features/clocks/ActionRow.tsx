import type { ActionItem } from '@shared/followUp';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { useLanguage } from '@renderer/i18n';
import { ticketHref } from '@renderer/lib/route';
import { ClockSummary } from './ClockSummary';

/** One dashboard line: which ticket (a link to it), which clock, and how it stands. */
export function ActionRow({ item, computedAt }: { item: ActionItem; computedAt: string }) {
  const { language } = useLanguage();
  return (
    <li className={`action-row action-row--${item.urgency}`}>
      <div className="action-row__main">
        <a className="action-row__title" href={ticketHref(item.ticketId)}>
          {item.ticketTitle}
        </a>
        <span className="action-row__meta small">
          <span className="muted">{item.platformName}</span>
          <StatusBadge status={item.status} />
        </span>
        <p className="action-row__clock">{item.clock.label[language]}</p>
      </div>
      <ClockSummary clock={item.clock} computedAt={computedAt} />
    </li>
  );
}
