import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_KINDS, LETTER_LANGUAGES, type LetterKind, type LetterLanguage, type LetterPlaceholder, type LetterTemplate } from '@shared/followUp';
import { LIMITS } from '@shared/limits';
import { isApiError } from '@renderer/api/ApiError';
import { FocusReturningConfirm } from '@renderer/features/escalation/FocusReturningConfirm';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField, TextField } from '@renderer/components/fields';
import { insertPlaceholder } from './placeholders';
import { PlaceholderList } from './PlaceholderList';
import { useDeleteTemplate, useSaveTemplate } from './queries';
import { TemplateBodyField } from './TemplateBodyField';

interface TemplateFormProps {
  /** null: a new template of the user's own. */
  template: LetterTemplate | null;
  defaultLanguage: LetterLanguage;
  onSaved: (template: LetterTemplate) => void;
  onDeleted: () => void;
}

/**
 * Edit a template. A built-in one keeps its kind and language and is saved as the user's version of it
 * ("Restore original" brings Casefile's text back); the user's own can be deleted, after a confirmation.
 */
export function TemplateForm({ template, defaultLanguage, onSaved, onDeleted }: TemplateFormProps) {
  const { t } = useTranslation();
  const save = useSaveTemplate();
  const remove = useDeleteTemplate();
  const [name, setName] = useState(template?.name ?? '');
  const [kind, setKind] = useState<LetterKind>(template?.kind ?? 'follow_up');
  const [language, setLanguage] = useState<LetterLanguage>(template?.language ?? defaultLanguage);
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState<'delete' | 'restore' | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const builtIn = template?.builtIn ?? false;
  const bodyRefused = isApiError(save.error) && save.error.field === 'body';

  const edit = <T,>(setter: (value: T) => void) => (value: T) => {
    setter(value);
    setSaved(false);
  };

  const insert = (placeholder: LetterPlaceholder) => {
    const field = bodyRef.current;
    const next = insertPlaceholder(body, placeholder, field?.selectionStart ?? body.length, field?.selectionEnd ?? body.length);
    edit(setBody)(next.text);
    // After React has put the new text in, put the cursor after the inserted placeholder.
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: template?.id, kind, language, name: name.trim(), subject: subject.trim() || undefined, body },
      {
        onSuccess: (next) => {
          setSaved(true);
          onSaved(next);
        },
      },
    );
  };

  const confirmRemove = () =>
    template &&
    remove.mutate(template.id, {
      onSuccess: () => {
        setConfirming(null);
        onDeleted();
      },
    });

  return (
    <form className="form template-form" aria-label={template ? template.name : t('letters.editor.new')} onSubmit={submit}>
      {builtIn ? <p className="fieldset__hint">{t('letters.editor.builtInNote')}</p> : null}
      <div className="form-grid">
        <TextField
          label={t('letters.editor.name')}
          value={name}
          required
          maxLength={LIMITS.shortText}
          autoComplete="off"
          onChange={(e) => edit(setName)(e.target.value)}
        />
        <SelectField label={t('letters.editor.kind')} value={kind} disabled={builtIn} onChange={(e) => edit(setKind)(e.target.value as LetterKind)}>
          {LETTER_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`letters.kind.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('letters.language')}
          value={language}
          disabled={builtIn}
          onChange={(e) => edit(setLanguage)(e.target.value as LetterLanguage)}
        >
          {LETTER_LANGUAGES.map((value) => (
            <option key={value} value={value}>
              {t(`letters.languageName.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t('letters.subject')}
        optional
        value={subject}
        maxLength={LIMITS.shortText}
        autoComplete="off"
        onChange={(e) => edit(setSubject)(e.target.value)}
      />
      <div className="template-form__body">
        <TemplateBodyField
          ref={bodyRef}
          value={body}
          language={language}
          serverRefused={bodyRefused}
          onChange={(next) => {
            edit(setBody)(next);
            // A refusal was about the text as it was sent: it no longer applies once the text changes.
            if (save.isError) save.reset();
          }}
        />
        <PlaceholderList onInsert={insert} />
      </div>
      <ErrorMessage
        error={save.error}
        fieldLabels={{
          name: t('letters.editor.name'),
          kind: t('letters.editor.kind'),
          language: t('letters.language'),
          subject: t('letters.subject'),
          body: t('letters.editor.body'),
        }}
      />
      <div className="form__actions">
        {template && !builtIn ? (
          <button type="button" className="button button--danger-quiet template-form__left" onClick={() => setConfirming('delete')}>
            {t('letters.editor.delete')}
          </button>
        ) : null}
        {template && builtIn && template.edited ? (
          <button type="button" className="button template-form__left" onClick={() => setConfirming('restore')}>
            {t('letters.editor.restore')}
          </button>
        ) : null}
        <span className="muted small" role="status">
          {saved ? t('letters.editor.saved') : null}
        </span>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('letters.editor.save')}
        </button>
      </div>
      {confirming && template ? (
        <FocusReturningConfirm
          title={confirming === 'delete' ? t('letters.editor.deleteTitle') : t('letters.editor.restoreTitle')}
          question={
            confirming === 'delete'
              ? t('letters.editor.deleteQuestion', { name: template.name })
              : t('letters.editor.restoreQuestion', { name: template.name })
          }
          confirmLabel={confirming === 'delete' ? t('letters.editor.delete') : t('letters.editor.restore')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={confirmRemove}
          onCancel={() => {
            setConfirming(null);
            remove.reset();
          }}
        >
          {confirming === 'delete' ? t('letters.editor.deleteDetail') : null}
        </FocusReturningConfirm>
      ) : null}
    </form>
  );
}
