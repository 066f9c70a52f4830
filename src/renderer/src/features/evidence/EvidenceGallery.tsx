import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { EvidenceCard } from './EvidenceCard';
import { useEvidenceList } from './queries';

export function EvidenceGallery({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const evidence = useEvidenceList(ticketId);
  return (
    <section className="panel-section" aria-labelledby="evidence-gallery-title">
      <h2 id="evidence-gallery-title" className="panel-section__title">
        {t('evidence.gallery')}
        {evidence.data?.length ? <span className="count">{evidence.data.length}</span> : null}
      </h2>
      <ErrorMessage error={evidence.error} />
      {evidence.data?.length === 0 ? <p className="muted small">{t('evidence.none')}</p> : null}
      <ul className="gallery">
        {evidence.data?.map((item) => (
          <li key={item.id}>
            <EvidenceCard evidence={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
