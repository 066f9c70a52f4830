import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@renderer/components/Icon';

/**
 * Choose a dossier ZIP, or drop one here. A real file input (labelled, keyboard-reachable) inside a
 * zone that also takes drops; dropping is handled here so the browser never navigates to the file.
 */
export function ZipDropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={`zip-drop ${over ? 'zip-drop--over' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Icon name="upload" size={24} />
      {/* The native input's own "Choose File / No file chosen" follows the browser's language, not the
          app's: it is hidden and its label is the button. */}
      <input
        id={id}
        type="file"
        accept=".zip,application/zip"
        className="visually-hidden zip-drop__input"
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        data-autofocus
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again (after tampering with it, say) checks it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className={`button button--primary zip-drop__label ${disabled ? 'zip-drop__label--disabled' : ''}`}>
        {t('dossierVerify.choose')}
      </label>
      <p id={`${id}-hint`} className="muted small">
        {t('dossierVerify.dropHint')}
      </p>
    </div>
  );
}
