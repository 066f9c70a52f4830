import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '@renderer/components/Icon';
import { fileKind, formatLabel, type FileKind } from './fileKind';

const ICONS: Record<FileKind, IconName> = {
  image: 'image',
  pdf: 'fileText',
  video: 'film',
  audio: 'music',
  text: 'fileText',
  other: 'file',
};

/** A file without a thumbnail: its kind as an icon and its real format ("PDF", "MP4") as text. */
export function FileTypeIcon({ mimeType, className = '' }: { mimeType: string; className?: string }) {
  const { t } = useTranslation();
  const kind = fileKind(mimeType);
  return (
    <div className={`file-type file-type--${kind} ${className}`}>
      <Icon name={ICONS[kind]} className="file-type__icon" />
      <span className="file-type__format">{formatLabel(mimeType)}</span>
      <span className="visually-hidden">{t(`evidence.kind.${kind}`)}</span>
    </div>
  );
}
