import { useTranslation } from 'react-i18next';
import type { Entry } from '@shared/domain';
import { formatElapsed } from './duration';

/** A call entry's length and the number dialled, beside its author. */
export function CallFacts({ call }: { call: NonNullable<Entry['call']> }) {
  const { t } = useTranslation();
  return (
    <>
      {call.durationSec !== null ? (
        <span className="entry__call-duration">{t('call.lasted', { duration: formatElapsed(call.durationSec) })}</span>
      ) : null}
      {call.number ? <span className="entry__call-number">{t('call.dialled', { number: call.number })}</span> : null}
    </>
  );
}
