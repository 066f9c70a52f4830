import { useTranslation } from 'react-i18next';
import { isApiError } from '@renderer/api/ApiError';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { importFailureKind } from './importFailureKind';

/**
 * Why the file could not be imported, in the user's language, with the server's detail below, and the
 * reassurance that matters: nothing was stored.
 */
export function ImportFailure({ error, stored = false }: { error: unknown; stored?: boolean }) {
  const { t } = useTranslation();
  const kind = importFailureKind(error);
  if (!kind) return <ErrorMessage error={error} />;
  const position = isApiError(error) ? error.position : undefined;
  return (
    <div className="error-message import-failure" role="alert">
      <p className="error-message__summary">
        <strong>{t(stored ? 'importer.failedStore' : 'importer.failedRead')}: </strong>
        {kind === 'bad_json' && position ? t('importer.failures.bad_json_at', position) : t(`importer.failures.${kind}`)}
      </p>
      <p className="error-message__detail">{t('importer.nothingStored')}</p>
      {isApiError(error) ? <p className="error-message__detail">{t('errors.detail', { message: error.message })}</p> : null}
    </div>
  );
}
