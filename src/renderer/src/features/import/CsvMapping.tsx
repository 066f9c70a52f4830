import { useTranslation } from 'react-i18next';
import { SelectField } from '@renderer/components/fields';
import type { CsvColumns } from './importAnswers';

const FIELDS = ['sender', 'time', 'text'] as const;

/** Which CSV column holds the sender, the time and the text (preselected from the header's names). */
export function CsvMapping({ header, value, onChange }: { header: string[]; value: CsvColumns | null; onChange: (c: CsvColumns) => void }) {
  const { t } = useTranslation();
  const current: CsvColumns = value ?? { sender: '', time: '', text: '' };
  return (
    <fieldset className="fieldset import-question">
      <legend>{t('importer.columns')}</legend>
      <p className="fieldset__hint">{t('importer.columnsHint')}</p>
      {FIELDS.map((field) => (
        <SelectField
          key={field}
          label={t(`importer.column.${field}`)}
          value={current[field]}
          onChange={(e) => onChange({ ...current, [field]: e.target.value })}
        >
          {current[field] === '' ? <option value="">{t('importer.columnChoose')}</option> : null}
          {header.map((name, i) => (
            <option key={`${i}-${name}`} value={name}>
              {name || t('importer.columnUnnamed', { n: i + 1 })}
            </option>
          ))}
        </SelectField>
      ))}
    </fieldset>
  );
}
