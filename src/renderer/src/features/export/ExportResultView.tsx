import { useTranslation } from 'react-i18next';
import type { ExportResult } from '@shared/dossier';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { formatBytes, shortenHash } from '@renderer/lib/format';
import { CopyableHash } from './CopyableHash';
import type { Delivery } from './queries';

interface ExportResultViewProps {
  result: ExportResult;
  delivery: Delivery | null;
  delivering: boolean;
  deliveryError: unknown;
  desktop: boolean;
  /** Try again after a failed download or a cancelled save dialog. */
  onDeliverAgain: () => void;
}

/**
 * What was exported and where it went: name, size, the file's SHA-256 to cite, and every caveat the
 * recipient will also see (missing evidence, what portal mode left out, masking).
 */
export function ExportResultView({ result, delivery, delivering, deliveryError, desktop, onDeliverAgain }: ExportResultViewProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const warnings = result.missingEvidence.length > 0 || result.leftOut.length > 0;

  return (
    <div className="export-result">
      <div className={`export-result__head ${warnings ? 'export-result__head--warn' : ''}`} role="status">
        <Icon name={warnings ? 'warning' : 'shieldCheck'} className="export-result__icon" />
        <div>
          <p className="export-result__title">{warnings ? t('dossierExport.result.doneWithWarnings') : t('dossierExport.result.done')}</p>
          <DeliveryLine delivery={delivery} delivering={delivering} desktop={desktop} />
        </div>
      </div>
      <dl className="facts export-result__facts">
        <dt>{t('dossierExport.result.fileName')}</dt>
        <dd className="break-anywhere">{result.fileName}</dd>
        <dt>{t('dossierExport.result.size')}</dt>
        <dd>{formatBytes(result.size, language)}</dd>
        <dt>{t('dossierExport.result.sha256')}</dt>
        <dd>
          <CopyableHash label={t('dossierExport.result.sha256')} sha256={result.sha256} />
        </dd>
      </dl>
      <p className="muted small">{t('dossierExport.result.sha256Hint')}</p>
      {result.redacted ? (
        <p className="export-result__note">
          <Icon name="shield" /> {t('dossierExport.result.redacted')}
        </p>
      ) : null}
      {result.missingEvidence.length > 0 ? (
        <section className="export-result__section export-result__section--warn" aria-labelledby="export-missing">
          <h3 id="export-missing">{t('dossierExport.result.missingTitle', { count: result.missingEvidence.length })}</h3>
          <p className="small">{t('dossierExport.result.missingHint')}</p>
          <ul className="export-result__list">
            {result.missingEvidence.map((item) => (
              <li key={item.evidenceId}>
                <span className="export-result__name">{item.name}</span>{' '}
                <span className="small">{t(`dossierExport.result.missingReason.${item.reason}`)}</span>{' '}
                <code className="muted small" title={item.sha256}>
                  {shortenHash(item.sha256)}
                </code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.leftOut.length > 0 ? (
        <section className="export-result__section export-result__section--warn" aria-labelledby="export-left-out">
          <h3 id="export-left-out">{t('dossierExport.result.leftOutTitle', { count: result.leftOut.length })}</h3>
          <p className="small">{t('dossierExport.result.leftOutHint')}</p>
          <ul className="export-result__list">
            {result.leftOut.map((item) => (
              <li key={item.name}>
                <span className="export-result__name">{item.name}</span>{' '}
                <span className="muted small">{reasonIn(item.reason, language)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ErrorMessage error={deliveryError} />
      {/* The core removes a finished file once it is handed over, so "again" is offered only when that failed or the save was cancelled. */}
      {deliveryError || delivery?.kind === 'notSaved' ? (
        <div>
          <button type="button" className="button button--primary" onClick={onDeliverAgain} disabled={delivering}>
            <Icon name="download" />
            {desktop ? t('dossierExport.result.save') : t('dossierExport.result.download')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * The core words each reason in both languages, English first ("… / …", see leftOutReasons.ts): show the
 * reader's half. Anything not in that shape is shown whole.
 */
export function reasonIn(reason: string, language: string): string {
  const at = reason.lastIndexOf(' / ');
  if (at < 0) return reason;
  return language.startsWith('zh') ? reason.slice(at + 3) : reason.slice(0, at);
}

/** Where the file went, in words: "Saved to Downloads as …", "Saved to /path", or not saved yet. */
function DeliveryLine({ delivery, delivering, desktop }: { delivery: Delivery | null; delivering: boolean; desktop: boolean }) {
  const { t } = useTranslation();
  let text = '';
  if (delivering) text = desktop ? t('dossierExport.result.saving') : t('dossierExport.result.downloading');
  else if (delivery?.kind === 'saved') text = t('dossierExport.result.savedTo', { path: delivery.path });
  else if (delivery?.kind === 'downloaded') text = t('dossierExport.result.downloaded', { fileName: delivery.fileName });
  else if (delivery?.kind === 'notSaved') text = t('dossierExport.result.notSaved');
  return <p className="break-anywhere">{text}</p>;
}
