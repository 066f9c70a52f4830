import { useTranslation } from 'react-i18next';
import type { ClockState } from './clockDisplay';

/** Running / paused "waiting on you" / overdue: always the words, the colour only repeats them. */
export function ClockStateBadge({ state }: { state: ClockState }) {
  const { t } = useTranslation();
  return <span className={`badge clock-badge clock-badge--${state}`}>{t(`clocks.state.${state}`)}</span>;
}
