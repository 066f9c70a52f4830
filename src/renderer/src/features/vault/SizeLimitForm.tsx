import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { useSettings, useUpdateSettings } from './queries';
import { MAX_MB, MB, parseMegabytes } from './sizeLimit';

/** The largest evidence file accepted, in MB, validated as typed. */
export function SizeLimitForm() {
  const { t } = useTranslation();
  const settings = useSettings();
  // Here, not in the form: the form remounts when the settings refresh, the outcome must stay.
  const update = useUpdateSettings();
  if (settings.isError) {
    return (
      <section className="settings-section">
        <h3 className="settings-section__title">{t('settings.title')}</h3>
        <ErrorMessage error={settings.error} />
      </section>
    );
  }
  if (!settings.data) return <p className="muted">{t('common.loading')}</p>;
  // Remounted when fresh settings arrive, so the field never shows a stale limit.
  return <LoadedForm key={settings.dataUpdatedAt} current={settings.data.evidenceMaxBytes} update={update} />;
}

function LoadedForm({ current, update }: { current: number; update: ReturnType<typeof useUpdateSettings> }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const [text, setText] = useState(String(Math.round(current / MB)));
  const [touched, setTouched] = useState(false);
  const parsed = parseMegabytes(text);
  const problem = 'problem' in parsed ? parsed.problem : null;
  const showProblem = touched && problem !== null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if ('bytes' in parsed) update.mutate({ evidenceMaxBytes: parsed.bytes });
  };

  return (
    <section className="settings-section" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} className="settings-section__title">
        {t('settings.title')}
      </h3>
      <form className="size-limit" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId} className="field__label">
            {t('settings.maxSize')}
          </label>
          <div className="size-limit__row">
            <input
              id={inputId}
              type="text"
              inputMode="numeric"
              className="size-limit__input"
              value={text}
              aria-invalid={showProblem || undefined}
              aria-describedby={`${hintId}${showProblem ? ` ${problemId}` : ''}`}
              onChange={(e) => {
                setText(e.target.value);
                update.reset();
              }}
              onBlur={() => setTouched(true)}
            />
            <span className="size-limit__unit">MB</span>
            <button type="submit" className="button" disabled={update.isPending}>
              {update.isPending ? t('common.saving') : t('settings.save')}
            </button>
          </div>
          <p id={hintId} className="field__hint">
            {t('settings.maxSizeHint', { max: new Intl.NumberFormat(language).format(MAX_MB) })}{' '}
            {t('settings.current', { size: formatBytes(current, language) })}
          </p>
          {showProblem ? (
            <p id={problemId} className="field__problem" role="alert">
              {t(`settings.${problem}`, { max: new Intl.NumberFormat(language).format(MAX_MB) })}
            </p>
          ) : null}
        </div>
        {update.isSuccess ? (
          <p className="muted small" role="status">
            {t('settings.saved', { size: formatBytes(update.data.evidenceMaxBytes, language) })}
          </p>
        ) : null}
        <ErrorMessage error={update.error} />
      </form>
    </section>
  );
}
