import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { ErrorMessage } from './ErrorMessage';

interface ConfirmDialogProps {
  title: string;
  /** The question, naming what will change. */
  question: ReactNode;
  /** What the user should know before saying yes (what is kept, what cannot be undone). */
  children?: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  busy?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Are you sure?" for destructive actions. Focus starts on Cancel, so a stray Enter keeps everything;
 * Escape cancels too.
 */
export function ConfirmDialog({
  title,
  question,
  children,
  confirmLabel,
  busyLabel,
  busy = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const questionId = useId();
  return (
    <Dialog title={title} onClose={busy ? () => undefined : onCancel} role="alertdialog" describedBy={questionId}>
      <div className="confirm">
        <p id={questionId} className="confirm__question">
          {question}
        </p>
        {children ? <div className="confirm__details">{children}</div> : null}
        <ErrorMessage error={error} />
        <div className="form__actions">
          <button type="button" className="button" data-autofocus onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
            {busy && busyLabel ? busyLabel : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
