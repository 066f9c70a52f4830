import { useTranslation } from 'react-i18next';
import { useSecondClock } from '@renderer/lib/useSecondClock';
import { formatElapsed } from './duration';
import type { CallDraft } from './useCallDraft';

/** Switches the capture box to logging a phone call; while a call timer runs, it shows the time. */
export function CallModeButton({ call, onOpen }: { call: CallDraft; onOpen: () => void }) {
  const { t } = useTranslation();
  const now = useSecondClock(call.running);
  const elapsed = call.running && call.startedAt !== null ? formatElapsed((now - call.startedAt) / 1000) : null;
  return (
    <button type="button" className="button button--small capture__call-button" onClick={onOpen}>
      {elapsed ? t('call.openRunning', { elapsed }) : t('call.open')}
    </button>
  );
}
