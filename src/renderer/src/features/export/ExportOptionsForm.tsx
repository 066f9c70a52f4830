import { type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierLanguage, ExportFormat } from '@shared/dossier';
import { CheckboxField } from '@renderer/components/fields';
import { ChoiceGroup } from './ChoiceGroup';
import type { ExportChoice, PortalProblem } from './exportChoice';
import { PortalLimitsFields } from './PortalLimitsFields';

interface ExportOptionsFormProps {
  choice: ExportChoice;
  portalProblem: PortalProblem | null;
  onChange: (patch: Partial<ExportChoice>) => void;
  onStart: () => void;
  onCancel: () => void;
  starting: boolean;
  /** Shown above the buttons: why the last Start failed, if it did. */
  children?: ReactNode;
}

/** Format, language and masking, then Start. Nothing is written until Start. */
export function ExportOptionsForm({ choice, portalProblem, onChange, onStart, onCancel, starting, children }: ExportOptionsFormProps) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart();
  };

  return (
    <form className="form export-options" aria-label={t('dossierExport.optionsLabel')} onSubmit={submit} noValidate>
      <ChoiceGroup<ExportFormat>
        legend={t('dossierExport.format.legend')}
        name="format"
        value={choice.format}
        onChange={(format) => onChange({ format })}
        options={[
          { value: 'zip', label: t('dossierExport.format.zip'), description: t('dossierExport.format.zipHint') },
          { value: 'pdf', label: t('dossierExport.format.pdf'), description: t('dossierExport.format.pdfHint') },
          {
            value: 'portal',
            label: t('dossierExport.format.portal'),
            description: t('dossierExport.format.portalHint'),
            extra: <PortalLimitsFields choice={choice} problem={portalProblem} onChange={onChange} />,
          },
        ]}
      />
      <ChoiceGroup<DossierLanguage>
        legend={t('dossierExport.language.legend')}
        name="language"
        inline
        value={choice.language}
        onChange={(language) => onChange({ language })}
        options={[
          { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'both', label: t('dossierExport.language.both') },
        ]}
      />
      <div className="export-options__redact">
        <CheckboxField
          label={t('dossierExport.redact.label')}
          checked={choice.redact}
          aria-describedby="export-redact-note"
          onChange={(e) => onChange({ redact: e.target.checked })}
        />
        <p id="export-redact-note" className="field__hint">
          {t('dossierExport.redact.note')}
        </p>
      </div>
      {children}
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={starting} aria-busy={starting || undefined}>
          {starting ? t('dossierExport.starting') : t('dossierExport.start')}
        </button>
      </div>
    </form>
  );
}
