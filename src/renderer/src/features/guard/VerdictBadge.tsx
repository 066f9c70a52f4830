import { useTranslation } from 'react-i18next';
import type { GuardVerdict } from '@shared/domain';
import { Icon, type IconName } from '@renderer/components/Icon';

const ICON: Record<GuardVerdict, IconName> = { official: 'shieldCheck', unverified: 'shield', suspicious: 'warning' };
const TONE: Record<GuardVerdict, string> = { official: 'badge--ok', unverified: 'badge--neutral', suspicious: 'badge--danger' };

/** Official / unverified / suspicious: an icon and the word, the colour only a second cue. */
export function VerdictBadge({ verdict }: { verdict: GuardVerdict }) {
  const { t } = useTranslation();
  return (
    <span className={`badge guard-verdict ${TONE[verdict]}`}>
      <Icon name={ICON[verdict]} size={13} />
      {t(`guard.verdict.${verdict}`)}
    </span>
  );
}
