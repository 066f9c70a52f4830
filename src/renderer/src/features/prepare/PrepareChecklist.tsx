import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { useEvidenceList } from '@renderer/features/evidence/queries';
import { useLog } from '@renderer/features/timeline/queries';
import { useSectionOpen } from '@renderer/lib/useSectionOpen';
import { prepareChecklist } from './checklist';
import { ticketFacts } from './ticketFacts';

/**
 * "Before you contact support": what to have at hand for this kind of problem, each item ticked as the
 * ticket gets it (a txid on a transaction, a screenshot, an entry quoting the error). Collapsible.
 */
export function PrepareChecklist({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const log = useLog(ticket.id);
  const evidence = useEvidenceList(ticket.id);
  const listId = useId();
  const items = useMemo(
    () => prepareChecklist(ticket.category, ticketFacts(ticket, evidence.data?.length ?? 0, log.data ?? [])),
    [ticket, evidence.data, log.data],
  );
  const done = items.filter((i) => i.done).length;
  const [open, setOpen] = useSectionOpen('prepare', done < items.length);

  return (
    <section className="panel-section prepare" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`} className="panel-section__title">
        <button
          type="button"
          className="section-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <Icon name="chevronRight" className={`section-toggle__icon ${open ? 'section-toggle__icon--open' : ''}`} />
          {t('prepare.title')}
          <span className={`prepare__count ${done === items.length ? 'prepare__count--done' : ''}`}>
            {t('prepare.progress', { done, total: items.length })}
          </span>
        </button>
      </h2>
      {open ? (
        <div id={listId} className="prepare__body">
          <p className="muted small">{t('prepare.intro')}</p>
          <ul className="prepare__list" aria-label={t('prepare.listLabel')}>
            {items.map(({ item, done: ticked }) => (
              <li key={item} className={`prepare__item ${ticked ? 'prepare__item--done' : ''}`}>
                <span className="prepare__mark" aria-hidden="true">
                  {ticked ? <Icon name="check" size={14} /> : null}
                </span>
                <span className="prepare__text">
                  <span className="prepare__label">
                    {t(`prepare.items.${item}.label`)}
                    <span className="visually-hidden">: {ticked ? t('prepare.done') : t('prepare.missing')}</span>
                  </span>
                  {ticked ? null : <span className="prepare__hint">{t(`prepare.items.${item}.hint`)}</span>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
