import { useTranslation } from 'react-i18next';
import { isApiError } from '@renderer/api/ApiError';

/**
 * "transactions.0.amount" → the form's own label for it ("Amount (1)"), so the user sees which field
 * is wrong in their language. Looks up the path without indexes, then its last and first names.
 */
export function describeField(path: string, labels: Record<string, string>): string {
  const parts = path.split('.');
  const names = parts.filter((p) => !/^\d+$/.test(p));
  const index = parts.find((p) => /^\d+$/.test(p));
  const label = labels[names.join('.')] ?? labels[names[names.length - 1] ?? ''] ?? labels[names[0] ?? ''];
  if (!label) return path;
  return index !== undefined && parts.length > 1 ? `${label} (${Number(index) + 1})` : label;
}

interface ErrorMessageProps {
  error: unknown;
  className?: string;
  /** Field path → visible label, for invalid_input errors that name a field. */
  fieldLabels?: Record<string, string>;
}

/**
 * An error in the user's language: what happened (from the stable code), then the server's own
 * message as a detail for support or a bug report.
 */
export function ErrorMessage({ error, className = '', fieldLabels = {} }: ErrorMessageProps) {
  const { t } = useTranslation();
  if (!error) return null;

  let summary: string;
  let detail: string | undefined;
  let field: string | undefined;
  if (isApiError(error)) {
    summary = error.networkFailure ? t('errors.network') : t(`errors.${error.code}`);
    detail = error.message;
    field = error.field ? describeField(error.field, fieldLabels) : undefined;
  } else {
    summary = t('errors.unknown');
    detail = error instanceof Error ? error.message : String(error);
  }

  return (
    <div className={`error-message ${className}`} role="alert">
      <p className="error-message__summary">
        <strong>{t('errors.title')}: </strong>
        {summary}
      </p>
      {field ? <p className="error-message__detail">{t('errors.field', { field })}</p> : null}
      {detail ? <p className="error-message__detail">{t('errors.detail', { message: detail })}</p> : null}
    </div>
  );
}
