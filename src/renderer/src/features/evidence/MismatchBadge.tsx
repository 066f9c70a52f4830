import { useTranslation } from 'react-i18next';
import type { Evidence } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { extensionOf, fileKind, formatLabel } from './fileKind';

/** "Named .png but the content is a PDF." in the user's language. */
export function useMismatchSentence(evidence: Pick<Evidence, 'originalName' | 'mimeType'>): string {
  const { t } = useTranslation();
  const format = formatLabel(evidence.mimeType);
  const type = t(`evidence.typeDescription.${fileKind(evidence.mimeType)}`, { format });
  const ext = extensionOf(evidence.originalName);
  return ext ? t('evidence.mismatchDetail', { ext, type }) : t('evidence.mismatchNoExt', { type });
}

/**
 * The warning that a file's name lies about its type, with the whole sentence as its description. Text
 * and icon, never colour alone.
 */
export function MismatchBadge({ evidence, long = false }: { evidence: Evidence; long?: boolean }) {
  const { t } = useTranslation();
  const sentence = useMismatchSentence(evidence);
  if (!evidence.extensionMismatch) return null;
  const ext = extensionOf(evidence.originalName) || '—';
  return (
    <span className={`badge badge--warn mismatch ${long ? 'mismatch--long' : ''}`} title={sentence}>
      <Icon name="warning" />
      {long ? sentence : t('evidence.mismatch', { ext, format: formatLabel(evidence.mimeType) })}
      {long ? null : <span className="visually-hidden"> {sentence}</span>}
    </span>
  );
}
