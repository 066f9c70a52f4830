import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '@shared/followUp';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { DueReminderList } from '@renderer/features/reminders/DueReminderList';
import { useDueReminders } from '@renderer/features/reminders/queries';
import { ActionRow } from './ActionRow';
import { useDashboardActions } from './queries';

const URGENCIES: ActionItem['urgency'][] = ['overdue', 'due_soon', 'later'];

function ActionGroup({ urgency, items, computedAt }: { urgency: ActionItem['urgency']; items: ActionItem[]; computedAt: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className={`action-group action-group--${urgency}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="action-group__title">
        {t(`actionDashboard.groups.${urgency}`)}
        <span className="action-group__count">{t('actionDashboard.groupCount', { count: items.length })}</span>
      </h2>
      <ul className="action-group__list">
        {items.map((item, index) => (
          <ActionRow key={`${item.ticketId}-${item.clock.kind}-${index}`} item={item} computedAt={computedAt} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Home's "Needs action now": reminders that are due (with snooze / done), then every open ticket's
 * clocks grouped overdue / due soon / later. A follow-up clock that only repeats a due reminder is left
 * out, so nothing is listed twice. With nothing due it says how to get told next time.
 */
export function ActionDashboard() {
  const { t } = useTranslation();
  const actions = useDashboardActions();
  const due = useDueReminders();
  const titleId = useId();

  const dueIds = new Set((due.data ?? []).map((r) => r.id));
  const items = (actions.data ?? []).filter((item) => item.clock.source.reminderId === undefined || !dueIds.has(item.clock.source.reminderId));
  const computedAt = new Date(actions.dataUpdatedAt || 0).toISOString();
  const loading = actions.isPending || due.isPending;
  const nothing = !loading && items.length === 0 && (due.data ?? []).length === 0;

  return (
    <section className="actions" aria-labelledby={titleId}>
      <div className="actions__head">
        <h1 id={titleId}>{t('actionDashboard.title')}</h1>
        <p className="muted small">{t('actionDashboard.intro')}</p>
      </div>
      <ErrorMessage error={actions.error ?? due.error} />
      {loading && !actions.isError && !due.isError ? <p className="muted">{t('actionDashboard.loading')}</p> : null}
      {due.data && due.data.length > 0 ? <DueReminderList reminders={due.data} /> : null}
      {URGENCIES.map((urgency) => {
        const group = items.filter((item) => item.urgency === urgency);
        return group.length > 0 ? <ActionGroup key={urgency} urgency={urgency} items={group} computedAt={computedAt} /> : null;
      })}
      {nothing && !actions.isError ? <p className="actions__empty">{t('actionDashboard.empty')}</p> : null}
    </section>
  );
}
