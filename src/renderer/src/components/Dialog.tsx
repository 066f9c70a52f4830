import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider dialogs for forms with two columns; `full` nearly fills the window (the evidence viewer). */
  size?: 'normal' | 'wide' | 'full';
  /** Shown in the header between the title and the close button (a position, navigation). */
  headerExtra?: ReactNode;
  /** Keys inside the dialog (the viewer's arrows and zoom). Escape is handled here already. */
  onKeyDown?: (event: KeyboardEvent<HTMLDialogElement>) => void;
  /** The dialog's role: `alertdialog` for confirmations. */
  role?: 'dialog' | 'alertdialog';
  /** Id of the element that describes the dialog (a confirmation's question). */
  describedBy?: string;
}

/**
 * A modal built on the native <dialog>: showModal() gives focus trapping, Escape to close, the
 * backdrop and role=dialog with aria-modal for free. Mounted only while open, so forms inside start
 * fresh every time.
 */
export function Dialog({ title, onClose, children, size = 'normal', headerExtra, onKeyDown, role, describedBy }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    // No cleanup: removing the element takes it out of the top layer, and calling close() here would
    // fire a late `close` event that StrictMode's remount would mistake for the user closing it.
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // showModal() focuses the first focusable element, which is the close button; a form should
    // start in the field marked data-autofocus, else its first field.
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ??
      dialog.querySelector<HTMLElement>('.dialog__body :is(input, select, textarea):not([disabled])');
    first?.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      onKeyDown={onKeyDown}
      onClose={onClose}
      onCancel={(event) => {
        // Escape: let React unmount us rather than the browser closing a dialog React still renders.
        // (If the browser refuses to cancel the cancel, onClose runs twice: callers only set state.)
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {headerExtra ? <div className="dialog__header-extra">{headerExtra}</div> : null}
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
