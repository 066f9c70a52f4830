import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { placeholderProblems } from './placeholders';

interface TemplateBodyFieldProps {
  value: string;
  onChange: (value: string) => void;
  language: string;
  /** The server refused the body (its own check of the placeholders): shown here too, by the field. */
  serverRefused: boolean;
}

/**
 * The template's text with its placeholder check right under it: names Casefile has no value for are
 * listed while typing, in the user's language, so the error sits next to what caused it.
 */
export const TemplateBodyField = forwardRef<HTMLTextAreaElement, TemplateBodyFieldProps>(function TemplateBodyField(
  { value, onChange, language, serverRefused },
  ref,
) {
  const { t } = useTranslation();
  const id = useId();
  const { unknown, malformed } = placeholderProblems(value);
  const invalid = unknown.length > 0 || malformed.length > 0 || serverRefused;

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('letters.editor.body')}
      </label>
      <textarea
        id={id}
        ref={ref}
        className="letter-editor__text"
        lang={language}
        rows={14}
        required
        value={value}
        maxLength={LIMITS.longText}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint ${invalid ? `${id}-error` : ''}`.trim()}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('letters.editor.bodyHint', { example: '{{account_uid}}' })}
      </p>
      {invalid ? (
        <div id={`${id}-error`} className="field__problem" role="alert">
          {unknown.length ? (
            <p>
              {t('letters.editor.unknownPlaceholders', {
                count: unknown.length,
                names: unknown.map((name) => `{{${name}}}`).join(', '),
              })}
            </p>
          ) : null}
          {malformed.length ? <p>{t('letters.editor.malformedBraces', { places: malformed.map((m) => `“${m}”`).join(', ') })}</p> : null}
          {!unknown.length && !malformed.length ? <p>{t('letters.editor.bodyRefused')}</p> : null}
        </div>
      ) : null}
    </div>
  );
});
