import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { useUploadEvidence } from './queries';

/**
 * A real file input (keyboard, screen readers and Playwright's setInputFiles all work with it),
 * visually replaced by its label styled as a button.
 */
export function AttachEvidenceButton({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const upload = useUploadEvidence(ticketId);
  const duplicates = (upload.data ?? []).filter((result) => result.duplicate);

  return (
    <div className="attach">
      <input
        ref={inputRef}
        id={id}
        className="visually-hidden attach__input"
        type="file"
        multiple
        disabled={upload.isPending}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Clear the picker so choosing the same file again still fires onChange.
          event.target.value = '';
          if (files.length > 0) upload.mutate(files);
        }}
      />
      <label htmlFor={id} className="button attach__label">
        <Icon name="paperclip" />
        {upload.isPending
          ? t('evidence.uploading', { count: upload.variables?.length ?? 1 })
          : t('evidence.attach')}
      </label>
      <div className="attach__status" aria-live="polite">
        {duplicates.map((d) => (
          <p key={d.id} className="muted">
            {t('evidence.duplicate', { name: d.originalName })}
          </p>
        ))}
      </div>
      <ErrorMessage error={upload.error} className="attach__error" />
    </div>
  );
}
