import { useTranslation } from 'react-i18next';
import { LETTER_KINDS, type LetterTemplate } from '@shared/followUp';
import { SelectField } from '@renderer/components/fields';
import { templateLabel } from './templateLabels';

interface TemplateSelectProps {
  templates: readonly LetterTemplate[];
  value: string | null;
  onChange: (templateId: string) => void;
  label: string;
}

/** The templates of one language, grouped by what the letter is for (follow-up … third party). */
export function TemplateSelect({ templates, value, onChange, label }: TemplateSelectProps) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
      {value === null ? <option value="">{t('common.loading')}</option> : null}
      {LETTER_KINDS.map((kind) => {
        const ofKind = templates.filter((template) => template.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <optgroup key={kind} label={t(`letters.kind.${kind}`)}>
            {ofKind.map((template) => (
              <option key={template.id} value={template.id}>
                {templateLabel(template, t)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </SelectField>
  );
}
