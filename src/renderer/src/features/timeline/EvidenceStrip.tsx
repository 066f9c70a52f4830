import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { EvidenceCard } from '@renderer/features/evidence/EvidenceCard';
import { ticketHref } from '@renderer/lib/route';

/** More than this and the timeline shows a link to the evidence view instead. */
const MAX_SHOWN = 6;

interface EvidenceStripProps {
  items: readonly Evidence[];
  /** Names the group (evidence attached to an entry). */
  label?: string;
  /** `chips`: compact rows under a message; `cards`: a standalone timeline item (one large, or a grid). */
  layout?: 'chips' | 'cards';
}

/** Evidence inside a timeline item; many become "+N more" with a link to the evidence view. */
export function EvidenceStrip({ items, label, layout = 'cards' }: EvidenceStripProps) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const first = items[0]!;
  const order = items.map((item) => item.id);
  const more =
    items.length > MAX_SHOWN ? (
      <a className="evidence-strip__more" href={ticketHref(first.ticketId, 'evidence')}>
        {t('timeline.moreEvidence', { count: items.length - MAX_SHOWN })}
      </a>
    ) : null;

  if (layout === 'chips') {
    return (
      <div className="evidence-strip evidence-strip--chips" role={label ? 'group' : undefined} aria-label={label}>
        <ul className="evidence-strip__chips">
          {items.slice(0, MAX_SHOWN).map((item) => (
            <li key={item.id}>
              <EvidenceCard evidence={item} variant="chip" order={order} />
            </li>
          ))}
        </ul>
        {more}
      </div>
    );
  }
  if (items.length === 1) {
    return (
      <div className="evidence-strip evidence-strip--single" role={label ? 'group' : undefined} aria-label={label}>
        <EvidenceCard evidence={first} />
      </div>
    );
  }
  return (
    <div className="evidence-strip" role={label ? 'group' : undefined} aria-label={label}>
      <ul className="evidence-strip__grid">
        {items.slice(0, MAX_SHOWN).map((item) => (
          <li key={item.id}>
            <EvidenceCard evidence={item} variant="compact" order={order} />
          </li>
        ))}
      </ul>
      {more}
    </div>
  );
}
