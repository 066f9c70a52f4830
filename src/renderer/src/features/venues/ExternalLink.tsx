import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';
import { safeHttpUrl } from './externalLink';

/** A link that opens in the browser (see externalLink.ts); an unsafe address is shown as text only. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  const safe = safeHttpUrl(href);
  if (!safe) return <span className="break-anywhere">{children}</span>;
  return (
    <a className="external-link break-anywhere" href={safe} target="_blank" rel="noopener noreferrer">
      {children}
      <Icon name="external" className="external-link__icon" />
      <span className="visually-hidden"> ({t('venues.opensOutside')})</span>
    </a>
  );
}
