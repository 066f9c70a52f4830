import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@renderer/components/ProgressBar';
import { useLanguage } from '@renderer/i18n';
import { formatBytes } from '@renderer/lib/format';

/** Below this a transcript is sent faster than a bar could be read. */
export const SHOW_SENDING_FROM_BYTES = 1024 * 1024;

/**
 * How much of a large transcript (a zipped export folder) has been sent. Once it is all there the server
 * reads it; the bar then says so instead of sitting at 100 %.
 */
export function ImportSending({ sent, total }: { sent: number; total: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const done = sent >= total;
  const text = done ? t('importer.reading') : t('importer.sending', { sent: formatBytes(sent, language), total: formatBytes(total, language) });
  return (
    <div className="import-sending">
      <ProgressBar label={t('importer.sendingLabel')} fraction={done ? null : sent / total} valueText={text} />
      <p className="small muted" role="status">
        {text}
      </p>
    </div>
  );
}
