import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { readStored, writeStored } from '@renderer/lib/storage';
import { AttachEvidenceButton } from './AttachEvidenceButton';
import { CaptureScreenButton } from './CaptureScreenButton';
import { EvidenceEmpty } from './EvidenceEmpty';
import { filterEvidence, KIND_FILTERS, type KindFilter } from './evidenceFilter';
import { useEvidenceList } from './queries';
import { VirtualEvidenceGrid } from './VirtualEvidenceGrid';

type Layout = 'grid' | 'list';
const LAYOUT_KEY = 'casefile.evidenceLayout';

/** The ticket's evidence filling the centre: filter, grid or list, all of it virtualized. */
export function EvidenceBrowser({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const evidence = useEvidenceList(ticketId);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [layout, setLayout] = useState<Layout>(() => readStored(LAYOUT_KEY, (raw) => (raw === 'list' || raw === 'grid' ? raw : null)) ?? 'grid');
  useEffect(() => writeStored(LAYOUT_KEY, layout), [layout]);
  const filterId = useId();
  const typeId = useId();

  const items = useMemo(() => evidence.data ?? [], [evidence.data]);
  const deferredText = useDeferredValue(text);
  const shown = useMemo(() => filterEvidence(items, deferredText, kind), [items, deferredText, kind]);
  const totalBytes = useMemo(() => items.reduce((sum, item) => sum + item.size, 0), [items]);

  return (
    <section className="evidence-browser" aria-label={t('evidenceView.label')}>
      <div className="evidence-browser__toolbar">
        <div className="evidence-browser__add">
          <AttachEvidenceButton ticketId={ticketId} />
          <CaptureScreenButton ticketId={ticketId} />
        </div>
        {items.length > 0 ? (
          <div className="evidence-browser__filters">
            <div className="inline-field">
              <label htmlFor={filterId}>{t('evidenceView.filter')}</label>
              <input
                id={filterId}
                type="search"
                value={text}
                placeholder={t('evidenceView.filterPlaceholder')}
                onChange={(e) => setText(e.target.value)}
              />
            </div>
            <div className="inline-field">
              <label htmlFor={typeId}>{t('evidenceView.type')}</label>
              <select id={typeId} value={kind} onChange={(e) => setKind(e.target.value as KindFilter)}>
                {KIND_FILTERS.map((k) => (
                  <option key={k} value={k}>
                    {k === 'all' ? t('evidenceView.allTypes') : t(`evidence.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="segmented-buttons" role="group" aria-label={t('evidenceView.layout')}>
              <button type="button" className="button button--small" aria-pressed={layout === 'grid'} onClick={() => setLayout('grid')}>
                <Icon name="grid" />
                {t('evidenceView.grid')}
              </button>
              <button type="button" className="button button--small" aria-pressed={layout === 'list'} onClick={() => setLayout('list')}>
                <Icon name="list" />
                {t('evidenceView.list')}
              </button>
            </div>
          </div>
        ) : null}
        {items.length > 0 ? (
          <p className="evidence-browser__summary muted small" role="status">
            {shown.length === items.length
              ? t('evidenceView.summary', { items: t('evidence.itemCount', { count: items.length }), size: formatBytes(totalBytes, language) })
              : t('evidenceView.showing', { shown: shown.length, count: items.length })}
          </p>
        ) : null}
      </div>
      <ErrorMessage error={evidence.error} />
      {evidence.isSuccess && items.length === 0 ? <EvidenceEmpty /> : null}
      {items.length > 0 && shown.length === 0 ? <p className="evidence-browser__none muted">{t('evidenceView.noMatch')}</p> : null}
      {shown.length > 0 ? (
        <VirtualEvidenceGrid
          items={shown}
          label={t('evidence.gallery')}
          layout={layout}
          minColumnWidth={170}
          className="vgrid--view"
        />
      ) : null}
    </section>
  );
}
