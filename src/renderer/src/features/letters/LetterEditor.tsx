import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenderedLetter } from '@shared/followUp';
import { Icon } from '@renderer/components/Icon';
import { saveBlob } from '@renderer/lib/saveFile';
import { letterFileName } from './letterFileName';
import { MissingPlaceholders } from './MissingPlaceholders';
import { useCopyText } from './useCopyText';

interface LetterEditorProps {
  letter: RenderedLetter;
  /** Fill the letter again from the ticket, dropping the user's changes. */
  onRefill: () => void;
  refilling: boolean;
}

/**
 * The filled letter, editable before it is sent: the subject and text follow the rendered letter until
 * the user changes them, then stay as the user wrote them (a background refresh never overwrites typing).
 */
export function LetterEditor({ letter, onRefill, refilling }: LetterEditorProps) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState<string | null>(null);
  const [text, setText] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { state: copyState, copy } = useCopyText();
  const shownSubject = subject ?? letter.subject;
  const shownText = text ?? letter.text;
  const edited = subject !== null || text !== null;

  const save = () => {
    const content = shownSubject.trim() ? `${shownSubject.trim()}\n\n${shownText}` : shownText;
    saveBlob(new Blob([content], { type: 'text/plain;charset=utf-8' }), letterFileName(shownSubject));
  };

  return (
    <div className="letter-editor">
      <MissingPlaceholders missing={letter.missing} />
      <div className="field">
        <label htmlFor="letter-subject" className="field__label">
          {t('letters.subject')}
        </label>
        <input id="letter-subject" value={shownSubject} autoComplete="off" onChange={(e) => setSubject(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="letter-text" className="field__label">
          {t('letters.text')}
        </label>
        <textarea
          id="letter-text"
          ref={textRef}
          className="letter-editor__text"
          lang={letter.language}
          rows={12}
          value={shownText}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="letter-editor__actions">
        {edited ? (
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={refilling}
            onClick={() => {
              setSubject(null);
              setText(null);
              onRefill();
            }}
          >
            {t('letters.refill')}
          </button>
        ) : null}
        <span className="letter-editor__feedback" role="status">
          {copyState === 'copied' ? t('letters.copied') : copyState === 'failed' ? t('letters.copyFailed') : null}
        </span>
        <button type="button" className="button" onClick={save}>
          <Icon name="download" />
          {t('letters.saveTxt')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void copy(shownText, textRef.current)}>
          <Icon name={copyState === 'copied' ? 'check' : 'copy'} />
          {copyState === 'copied' ? t('letters.copied') : t('letters.copy')}
        </button>
      </div>
    </div>
  );
}
