import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CAPTURE_AUTHORS, type CaptureAuthor } from './useCaptureDraft';

/**
 * Me / Agent / Note as real radio buttons styled as a segmented control; Alt+A cycles it (handled by
 * the capture box, so it works while typing). A radiogroup rather than fieldset/legend because a
 * legend cannot sit on the same line as its options.
 */
export function AuthorToggle({ value, onChange }: { value: CaptureAuthor; onChange: (a: CaptureAuthor) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="segmented" role="radiogroup" aria-labelledby={labelId} aria-keyshortcuts="Alt+A">
      <span id={labelId} className="segmented__label">
        {t('capture.author')}
      </span>
      <div className="segmented__options">
        {CAPTURE_AUTHORS.map((author) => (
          <label key={author} className={`segmented__option segmented__option--${author}`}>
            <input
              type="radio"
              name="capture-author"
              value={author}
              checked={value === author}
              onChange={() => onChange(author)}
            />
            <span>{t(`author.${author}`)}</span>
          </label>
        ))}
      </div>
      <span className="segmented__note muted small">{t('capture.authorShortcut')}</span>
    </div>
  );
}

export function nextAuthor(author: CaptureAuthor): CaptureAuthor {
  const index = CAPTURE_AUTHORS.indexOf(author);
  return CAPTURE_AUTHORS[(index + 1) % CAPTURE_AUTHORS.length] ?? 'me';
}
