import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Form fields with a real <label>, an optional hint tied by aria-describedby, and an "optional"
 * marker, so every form reads the same and every field has an accessible name.
 */
interface FieldFrameProps {
  label: string;
  hint?: string;
  /** A short aside shown after the label, e.g. "(empty = now)". */
  labelNote?: string;
  optional?: boolean;
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

function FieldFrame({ label, hint, labelNote, optional, className = '', children }: FieldFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field ${className}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> ({t('common.optional')})</span> : null}
        {labelNote ? <span className="field__optional"> ({labelNote})</span> : null}
      </label>
      {children({ id, describedBy: hint ? hintId : undefined })}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: string; hint?: string; labelNote?: string; optional?: boolean; fieldClassName?: string };

export function TextField({
  label,
  hint,
  labelNote,
  optional,
  fieldClassName,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} hint={hint} labelNote={labelNote} optional={optional} className={fieldClassName}>
      {({ id, describedBy }) => <input id={id} aria-describedby={describedBy} {...input} />}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  hint,
  optional,
  fieldClassName,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} hint={hint} optional={optional} className={fieldClassName}>
      {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} {...textarea} />}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  hint,
  optional,
  fieldClassName,
  children,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} hint={hint} optional={optional} className={fieldClassName}>
      {({ id, describedBy }) => (
        <select id={id} aria-describedby={describedBy} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
