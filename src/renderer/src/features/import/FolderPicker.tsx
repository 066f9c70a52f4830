import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@renderer/components/ProgressBar';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import type { ImportChoice, ImportSource } from './importAnswers';
import { folderFiles, folderName, FolderTooLarge, zipFolder } from './zipFolder';

/** React does not know `webkitdirectory`; every browser engine (and Electron) does. */
const DIRECTORY = { webkitdirectory: '', directory: '' } as InputHTMLAttributes<HTMLInputElement>;

/**
 * "Choose a folder": a Telegram export folder or a folder of .eml, packed into one ZIP here (zipFolder.ts)
 * with a progress bar and Cancel, then handed to the dialog as its source. Nothing leaves the page until
 * the ZIP is complete.
 */
export function FolderPicker({ source, onChange }: { source: ImportSource | null; onChange: (choice: ImportChoice) => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);
  const [packing, setPacking] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setPacking(null);
    if (input.current) input.current.value = '';
  };

  const pack = async (list: FileList | null) => {
    running.current?.abort();
    setProblem(null);
    onChange(null);
    const files = list ? folderFiles(list) : [];
    if (files.length === 0) {
      if (list) setProblem(t('importer.folderEmpty'));
      return;
    }
    const abort = new AbortController();
    running.current = abort;
    const total = files.reduce((sum, f) => sum + f.file.size, 0);
    setPacking({ done: 0, total });
    let shown = 0;
    try {
      const zip = await zipFolder(files, {
        signal: abort.signal,
        onProgress: (done) => {
          // Re-render ~10 times a second, not once per chunk.
          const now = performance.now();
          if (now - shown < 100 && done < total) return;
          shown = now;
          setPacking({ done, total });
        },
      });
      if (!abort.signal.aborted) onChange({ kind: 'folder', name: folderName(files), files: files.length, zip });
    } catch (error) {
      if (abort.signal.aborted) return;
      setProblem(
        error instanceof FolderTooLarge
          ? t(error.limit === 'files' ? 'importer.folderTooMany' : 'importer.folderTooBig')
          : t('importer.folderFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      if (running.current === abort) {
        running.current = null;
        setPacking(null);
      }
    }
  };

  const size = (bytes: number) => formatBytes(bytes, language);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('importer.folder')}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        className="import-source__file"
        {...DIRECTORY}
        aria-describedby={`${id}-hint`}
        data-autofocus
        onChange={(e) => void pack(e.target.files)}
      />
      {packing ? (
        <div className="import-source__packing">
          <ProgressBar
            label={t('importer.packingLabel')}
            fraction={packing.total > 0 ? packing.done / packing.total : null}
            valueText={t('importer.packingProgress', { done: size(packing.done), total: size(packing.total) })}
          />
          <p className="small muted" role="status">
            {t('importer.packing')} {t('importer.packingProgress', { done: size(packing.done), total: size(packing.total) })}
          </p>
          <button type="button" className="button button--small" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      ) : null}
      {problem ? (
        <p className="import-source__problem small" role="alert">
          {problem}
        </p>
      ) : null}
      <p id={`${id}-hint`} className="field__hint">
        {source?.kind === 'folder'
          ? t('importer.folderChosen', { name: source.name, count: source.files, size: size(source.zip.size) })
          : t('importer.folderHint')}
      </p>
    </div>
  );
}
