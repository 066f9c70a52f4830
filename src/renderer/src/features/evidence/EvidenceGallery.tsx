import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { ticketHref } from '@renderer/lib/route';
import { EvidenceEmpty } from './EvidenceEmpty';
import { useEvidenceList } from './queries';
import { VirtualEvidenceGrid } from './VirtualEvidenceGrid';

/** The right panel's gallery: every item of the ticket, virtualized, with a way to the full view. */
export function EvidenceGallery({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const evidence = useEvidenceList(ticketId);
  const items = evidence.data ?? [];
  return (
    <section className="panel-section" aria-labelledby="evidence-gallery-title">
      <div className="panel-section__head">
        <h2 id="evidence-gallery-title" className="panel-section__title">
          {t('evidence.gallery')}
          {items.length ? <span className="count">{items.length}</span> : null}
        </h2>
        {items.length ? (
          <a className="panel-section__link" href={ticketHref(ticketId, 'evidence')}>
            {t('evidence.showAll')}
          </a>
        ) : null}
      </div>
      <ErrorMessage error={evidence.error} />
      {evidence.isSuccess && items.length === 0 ? <EvidenceEmpty compact /> : null}
      {items.length > 0 ? (
        <VirtualEvidenceGrid items={items} label={t('evidence.gallery')} layout="grid" minColumnWidth={128} className="vgrid--panel" />
      ) : null}
    </section>
  );
}
