import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewMessage } from '@shared/domain';
import { useLanguage } from '@renderer/i18n';
import { dateOrderExample } from './dateOrderExample';

interface DateOrderQuestionProps {
  messages: readonly ImportPreviewMessage[];
  value: 'dmy' | 'mdy' | null;
  /** Still unanswered and the file does not decide it. */
  needed: boolean;
  onChange: (order: 'dmy' | 'mdy') => void;
}

/** "Is 01/02/24 the 1st of February or January 2nd?", shown with the file's own first date. */
export function DateOrderQuestion({ messages, value, needed, onChange }: DateOrderQuestionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = useId();
  const example = dateOrderExample(messages, language);
  return (
    <fieldset className={`fieldset import-question ${needed ? 'import-question--needed' : ''}`}>
      <legend>{t('importer.dateOrder')}</legend>
      <p className="fieldset__hint">
        {example ? t('importer.dateOrderHintExample', { written: example.written }) : t('importer.dateOrderHint')}
      </p>
      {(['dmy', 'mdy'] as const).map((order) => (
        <div key={order} className="field field--checkbox">
          <input
            id={`${name}-${order}`}
            type="radio"
            name={name}
            value={order}
            checked={value === order}
            onChange={() => onChange(order)}
          />
          <label htmlFor={`${name}-${order}`}>
            {t(`importer.dateOrders.${order}`)}
            {example?.[order] ? <span className="muted"> — {t('importer.dateOrderMeans', { date: example[order] })}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
