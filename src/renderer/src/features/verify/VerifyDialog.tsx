import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError } from '@renderer/api/transport';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { ProgressBar } from '@renderer/components/ProgressBar';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';
import { useVerifyDossier } from './queries';
import { VerifyReportView } from './VerifyReportView';
import { ZipDropZone } from './ZipDropZone';

/**
 * "Verify a dossier": the recipient's check, in the app. The ZIP is sent to the core, which compares
 * every file with manifest.json and SHA256SUMS; nothing is stored. Explains the same check without
 * Casefile, so the recipient need not trust this app to trust the dossier.
 */
export function VerifyDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const verify = useVerifyDossier();
  const [file, setFile] = useState<File | null>(null);
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  // Closing mid-upload stops the upload.
  useEffect(() => () => abort.current?.abort(), []);

  const check = (chosen: File) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setFile(chosen);
    setSent(null);
    verify.mutate({ file: chosen, signal: controller.signal, onProgress: (done, total) => setSent({ sent: done, total }) });
  };

  const error = verify.error && !isAbortError(verify.error) ? verify.error : null;

  return (
    <Dialog title={t('dossierVerify.title')} onClose={onClose} size="wide">
      <div className="verify">
        <p>{t('dossierVerify.intro')}</p>
        <ZipDropZone onFile={check} disabled={verify.isPending} />
        {verify.isPending && file ? (
          <div className="verify__progress">
            <ProgressBar
              label={t('dossierVerify.checking', { name: file.name })}
              fraction={sent && sent.total > 0 && sent.sent < sent.total ? sent.sent / sent.total : null}
              valueText={sent ? `${formatBytes(sent.sent, language)} / ${formatBytes(sent.total, language)}` : undefined}
            />
            <p className="muted small" role="status">
              {t('dossierVerify.checking', { name: file.name })}
            </p>
          </div>
        ) : null}
        <ErrorMessage error={error} />
        {verify.data && file && !verify.isPending ? <VerifyReportView report={verify.data} fileName={file.name} /> : null}
        <details className="verify__how">
          <summary>{t('dossierVerify.howTitle')}</summary>
          <p>{t('dossierVerify.howIntro')}</p>
          <ul>
            <li>
              {t('dossierVerify.howSha')} <code>sha256sum -c SHA256SUMS</code>
            </li>
            <li>
              {t('dossierVerify.howNpm')} <code>npm run verify -- dossier.zip</code>
            </li>
          </ul>
          <p className="muted small">{t('dossierVerify.howNote')}</p>
        </details>
      </div>
    </Dialog>
  );
}
