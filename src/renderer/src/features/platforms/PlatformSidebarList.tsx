import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { usePlatforms } from './queries';

/** The platforms section at the foot of the sidebar: each opens its details (channels). */
export function PlatformSidebarList({ onOpen }: { onOpen: (platformId: number) => void }) {
  const { t } = useTranslation();
  const platforms = usePlatforms();
  if (platforms.isError) return <ErrorMessage error={platforms.error} />;
  if (!platforms.data) return null;
  if (platforms.data.length === 0) return <p className="sidebar__empty">{t('nav.noPlatforms')}</p>;
  return (
    <ul className="platform-list">
      {platforms.data.map((p) => (
        <li key={p.id}>
          <button type="button" className="platform-list__item" onClick={() => onOpen(p.id)}>
            <span className="platform-list__name">{p.name}</span>
            <span className="platform-list__meta">
              {t('guard.support.officialCount', { count: p.channels.filter((c) => c.state === 'official').length })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
