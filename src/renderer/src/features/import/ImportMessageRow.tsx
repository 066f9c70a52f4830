import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewMessage } from '@shared/domain';
import { useLanguage } from '@renderer/i18n';
import { formatDateTime } from '@renderer/lib/dates';

interface ImportMessageRowProps {
  message: ImportPreviewMessage;
  index: number;
  setSize: number;
  ref: Ref<HTMLLIElement>;
}

/** One message as it would be stored: whose side, when, what, its attachments, whether it is already in. */
export function ImportMessageRow({ message, index, setSize, ref }: ImportMessageRowProps) {
  const { t } = useTranslation();
  const { dateLocale } = useLanguage();
  return (
    <li
      ref={ref}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={`import-message import-message--${message.author} ${message.duplicate ? 'import-message--duplicate' : ''}`}
    >
      <div className="import-message__meta">
        <span className={`badge import-message__author import-message__author--${message.author}`}>{t(`author.${message.author}`)}</span>
        {message.sender ? <span className="import-message__sender">{message.sender}</span> : null}
        {message.kind === 'call' ? <span className="badge badge--neutral">{t('timeline.call')}</span> : null}
        <span className="import-message__time" title={message.localTime ? t('importer.asWritten', { time: message.localTime }) : undefined}>
          {message.occurredAt ? formatDateTime(message.occurredAt, dateLocale) : (message.localTime ?? t('importer.noTime'))}
        </span>
        {message.duplicate ? <span className="badge badge--ok import-message__duplicate">{t('importer.alreadyImported')}</span> : null}
      </div>
      {message.text ? <p className="import-message__text">{message.text}</p> : null}
      {message.attachments.length > 0 ? (
        <ul className="import-message__attachments" aria-label={t('importer.attachments')}>
          {message.attachments.map((name, i) => (
            <li key={`${i}-${name}`} className="import-message__attachment">
              {name}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
