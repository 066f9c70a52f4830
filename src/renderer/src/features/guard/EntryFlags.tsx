import { useTranslation } from 'react-i18next';
import type { GuardFlag } from '@shared/domain';
import { HighlightedText } from '@renderer/components/HighlightedText';
import { Icon } from '@renderer/components/Icon';
import { useReasonText } from './reasons';

/** The message text with the phrases that triggered a flag marked (<mark>, never HTML). */
export function FlaggedText({ text, flags }: { text: string; flags: readonly GuardFlag[] }) {
  if (flags.length === 0) return <>{text}</>;
  return <HighlightedText className="guard-text" text={text} ranges={flags.map((f) => [f.start, f.end] as const)} />;
}

/**
 * Under a flagged message: what looked like impersonation and why it matters. It only warns: the entry
 * stays on the record exactly as it was written.
 */
export function EntryFlags({ entryId, flags }: { entryId: number; flags: readonly GuardFlag[] }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  if (flags.length === 0) return null;
  const titleId = `entry-${entryId}-flags`;
  return (
    <section className="guard-flags" aria-labelledby={titleId}>
      <h3 id={titleId} className="guard-flags__title">
        <Icon name="warning" size={15} />
        {t('guard.entry.title')}
      </h3>
      <p className="guard-flags__intro">{t('guard.entry.intro')}</p>
      <ul className="guard-flags__list">
        {flags.map((flag, i) => (
          <li key={`${flag.ruleId}-${flag.start}-${i}`} className="guard-flags__item">
            <span className="visually-hidden">{t('guard.entry.phrase')}: </span>
            <q className="guard-flags__phrase">{flag.excerpt}</q>
            <span className="visually-hidden"> {t('guard.entry.why')}: </span>
            <span className="guard-flags__why">{reasonText(flag.reason)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
