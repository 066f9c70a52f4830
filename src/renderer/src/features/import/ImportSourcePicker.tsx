import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@renderer/lib/format';
import { useLanguage } from '@renderer/i18n';
import { FolderPicker } from './FolderPicker';
import type { ImportChoice, ImportSource } from './importAnswers';

const MODES = ['file', 'folder', 'text'] as const;
const MODE_LABEL = { file: 'importer.fromFile', folder: 'importer.fromFolder', text: 'importer.fromPaste' } as const;

/** How long typing in the paste box must pause before it is previewed (ms). */
const PASTE_SETTLE_MS = 400;

/**
 * Where the transcript comes from: a file (WhatsApp .txt or .zip, Telegram result.json, .eml, CSV, a ZIP of
 * an export folder, or any text), a folder (packed into a ZIP in the page, with its photos and files), or
 * text pasted from a chat window, sent as paste.txt.
 */
export function ImportSourcePicker({ source, onChange }: { source: ImportSource | null; onChange: (choice: ImportChoice) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [mode, setMode] = useState<(typeof MODES)[number]>(source?.kind ?? 'file');
  const [text, setText] = useState(source?.kind === 'text' ? source.text : '');
  const fileId = useId();
  const textId = useId();
  const modeName = useId();

  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  // The paste box previews once typing pauses, not on every key.
  const current = source?.kind === 'text' ? source.text : null;
  useEffect(() => {
    if (mode !== 'text' || text === (current ?? '') || (!text.trim() && current === null)) return;
    const timer = setTimeout(() => latest.current(text.trim() ? { kind: 'text', text } : null), PASTE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [mode, text, current]);

  return (
    <section className="import-source" aria-labelledby={`${modeName}-title`}>
      <h3 id={`${modeName}-title`} className="import__heading">
        {t('importer.source')}
      </h3>
      <div className="segmented" role="radiogroup" aria-labelledby={`${modeName}-title`}>
        <div className="segmented__options">
          {MODES.map((choice) => (
            <label key={choice} className="segmented__option">
              <input
                type="radio"
                name={modeName}
                value={choice}
                checked={mode === choice}
                onChange={() => {
                  setMode(choice);
                  onChange(null);
                }}
              />
              <span>{t(MODE_LABEL[choice])}</span>
            </label>
          ))}
        </div>
      </div>
      {mode === 'folder' ? <FolderPicker source={source} onChange={onChange} /> : null}
      {mode === 'file' ? (
        <div className="field">
          <label htmlFor={fileId} className="field__label">
            {t('importer.file')}
          </label>
          <input
            id={fileId}
            type="file"
            className="import-source__file"
            aria-describedby={`${fileId}-hint`}
            data-autofocus
            onChange={(e) => {
              const file = e.target.files?.[0];
              onChange(file ? { kind: 'file', file } : null);
            }}
          />
          <p id={`${fileId}-hint`} className="field__hint">
            {source?.kind === 'file'
              ? t('importer.fileChosen', { name: source.file.name, size: formatBytes(source.file.size, language) })
              : t('importer.fileHint')}
          </p>
        </div>
      ) : null}
      {mode === 'text' ? (
        <div className="field">
          <label htmlFor={textId} className="field__label">
            {t('importer.pasteLabel')}
          </label>
          <textarea
            id={textId}
            className="import-source__text"
            rows={8}
            value={text}
            placeholder={t('importer.pastePlaceholder')}
            aria-describedby={`${textId}-hint`}
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
          <p id={`${textId}-hint`} className="field__hint">
            {t('importer.pasteHint')}
          </p>
        </div>
      ) : null}
    </section>
  );
}
