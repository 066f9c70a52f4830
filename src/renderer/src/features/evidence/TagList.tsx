import { useTranslation } from 'react-i18next';

/** An item's tags as small chips, in a list named "Tags". */
export function TagList({ tags, className = '' }: { tags: readonly string[]; className?: string }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <ul className={`tags ${className}`} aria-label={t('evidence.tags')}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
