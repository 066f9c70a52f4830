import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/domain';
import { SelectField, TextField } from '@renderer/components/fields';
import { TimeZoneSelect } from '@renderer/components/TimeZoneSelect';
import { CsvMapping } from './CsvMapping';
import { DateOrderQuestion } from './DateOrderQuestion';
import { effectiveColumns, effectiveMe, NONE_OF_THEM, noneIsMe, type ImportAnswers } from './importAnswers';

/** The "none of them" option's value: no sender name holds a NUL character, and "" is "Choose…". */
const NONE_OPTION = '\u0000none';

interface ImportQuestionsProps {
  preview: ImportResult;
  answers: ImportAnswers;
  onChange: (patch: Partial<ImportAnswers>) => void;
}

/**
 * What the preview needs from the user: which sender is them, the zone the times are in, and, when the
 * format leaves them open, the day/month order, the conversation's date and the CSV columns. A question
 * stays on screen once answered, so the answer can be changed.
 */
export function ImportQuestions({ preview, answers, onChange }: ImportQuestionsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const me = effectiveMe(answers, preview);
  // A remembered "me" that is not among this file's senders reads as "none of these".
  const selected = me === null ? '' : noneIsMe(me, preview.senders) ? NONE_OPTION : me;
  const needs = new Set(preview.needs);
  return (
    <section className="import-questions" aria-labelledby={headingId}>
      <h3 id={headingId} className="import__heading">
        {t('importer.questions')}
      </h3>
      <p className="import-questions__format small">
        {t('importer.detected', { format: t(`importer.formats.${preview.format}`) })}
      </p>
      {preview.senders.length > 0 ? (
        <SelectField
          label={t('importer.me')}
          hint={t('importer.meHint')}
          value={selected}
          required
          onChange={(e) => onChange({ me: e.target.value === NONE_OPTION ? NONE_OF_THEM : e.target.value || null })}
        >
          {me === null ? <option value="">{t('importer.meChoose')}</option> : null}
          {preview.senders.map((sender) => (
            <option key={sender} value={sender}>
              {sender}
            </option>
          ))}
          <option value={NONE_OPTION}>{t('importer.meNone')}</option>
        </SelectField>
      ) : null}
      <TimeZoneSelect
        label={t('importer.timeZone')}
        hint={t('importer.timeZoneHint')}
        value={answers.timeZone}
        onChange={(timeZone) => onChange({ timeZone })}
      />
      {needs.has('dateOrder') || answers.dateOrder ? (
        <DateOrderQuestion
          messages={preview.messages}
          value={answers.dateOrder}
          needed={needs.has('dateOrder')}
          onChange={(dateOrder) => onChange({ dateOrder })}
        />
      ) : null}
      {needs.has('date') || answers.date ? (
        <TextField
          label={t('importer.date')}
          hint={t('importer.dateHint')}
          type="date"
          required
          aria-invalid={needs.has('date') || undefined}
          value={answers.date}
          onChange={(e) => onChange({ date: e.target.value })}
        />
      ) : null}
      {preview.csv ? (
        <CsvMapping header={preview.csv.header} value={effectiveColumns(answers, preview)} onChange={(columns) => onChange({ columns })} />
      ) : null}
    </section>
  );
}
