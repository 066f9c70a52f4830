import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import type { PasteOutcome } from './usePasteFilesToEntry';

/**
 * What became of a screenshot pasted on the timeline, when it is not simply the new entry appearing: in
 * progress, already on the ticket, or which step failed and where the file is now.
 */
export function PasteStatus({ outcome, onDismiss }: { outcome: PasteOutcome; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if (outcome.state === 'adding') {
    return (
      <p className="capture__paste small muted" role="status">
        {t('pasteEntry.adding')}
      </p>
    );
  }
  const notice = outcome.state === 'duplicate' ? t('pasteEntry.duplicate') : t(`pasteEntry.${outcome.step}Failed`);
  return (
    <div className={`capture__paste ${outcome.state === 'failed' ? 'capture__paste--failed' : ''}`}>
      <p className="small" role={outcome.state === 'failed' ? 'alert' : 'status'}>
        {notice}
      </p>
      {/* An upload failure is shown in the upload tray with its reason; the later steps' reasons show here. */}
      {outcome.state === 'failed' && outcome.step !== 'upload' ? <ErrorMessage error={outcome.error} /> : null}
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
