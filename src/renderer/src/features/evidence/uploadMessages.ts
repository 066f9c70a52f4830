import type { TFunction } from 'i18next';
import { formatBytes } from '@renderer/lib/format';
import type { UploadItem } from './uploadQueue';

/** What happened to one file, in the user's language ("Larger than the limit of 200 MB…"). */
export function uploadStatusText(t: TFunction, item: UploadItem, language: string): string {
  switch (item.status) {
    case 'queued':
      return t('uploads.queued');
    case 'uploading': {
      const percent = item.size > 0 ? Math.floor((item.sent / item.size) * 100) : 0;
      return t('uploads.uploading', {
        percent,
        sent: formatBytes(item.sent, language),
        total: formatBytes(item.size, language),
      });
    }
    case 'added':
      return t('uploads.added');
    case 'duplicate':
      return t('uploads.duplicate');
    case 'cancelled':
      return t('uploads.cancelled');
    case 'failed':
      return failureText(t, item, language);
  }
}

function failureText(t: TFunction, item: UploadItem, language: string): string {
  const error = item.error;
  if (!error) return t('errors.unknown');
  if (error.code === 'too_large') {
    return item.limit !== null ? t('uploads.tooLarge', { limit: formatBytes(item.limit, language) }) : t('uploads.tooLargeNoLimit');
  }
  if (error.code === 'invalid_input' && item.size === 0 && item.via !== 'capture') return t('uploads.empty');
  if (error.networkFailure) return t('errors.network');
  return t(`errors.${error.code}`);
}
