import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@renderer/components/fields';
import { PORTAL_BOUNDS, PORTAL_PRESETS, type ExportChoice, type PortalPreset, type PortalProblem } from './exportChoice';

interface PortalLimitsFieldsProps {
  choice: ExportChoice;
  problem: PortalProblem | null;
  onChange: (patch: Partial<ExportChoice>) => void;
}

/** "Fit N files of M MB": a known form's limits, or the user's own numbers. */
export function PortalLimitsFields({ choice, problem, onChange }: PortalLimitsFieldsProps) {
  const { t } = useTranslation();
  const { maxFiles, maxFileMb } = PORTAL_BOUNDS;
  return (
    <div className="portal-limits">
      <SelectField
        label={t('dossierExport.portal.limits')}
        value={choice.portalPreset}
        onChange={(e) => onChange({ portalPreset: e.target.value as PortalPreset })}
      >
        <option value="sfc">{t('dossierExport.portal.sfc', PORTAL_PRESETS.sfc)}</option>
        <option value="custom">{t('dossierExport.portal.custom')}</option>
      </SelectField>
      {choice.portalPreset === 'custom' ? (
        <div className="portal-limits__custom">
          <TextField
            label={t('dossierExport.portal.files')}
            value={choice.customFiles}
            inputMode="numeric"
            maxLength={3}
            aria-invalid={problem === 'filesRange' || undefined}
            onChange={(e) => onChange({ customFiles: e.target.value })}
          />
          <span className="portal-limits__times" aria-hidden="true">
            ×
          </span>
          <TextField
            label={t('dossierExport.portal.mb')}
            value={choice.customMb}
            inputMode="decimal"
            maxLength={6}
            aria-invalid={problem === 'mbRange' || undefined}
            onChange={(e) => onChange({ customMb: e.target.value })}
          />
        </div>
      ) : null}
      {problem ? (
        <p className="field__problem" role="alert">
          {problem === 'filesRange'
            ? t('dossierExport.portal.filesRange', { min: maxFiles.min, max: maxFiles.max })
            : t('dossierExport.portal.mbRange', { min: maxFileMb.min, max: maxFileMb.max })}
        </p>
      ) : null}
      <p className="field__hint">{t('dossierExport.portal.note')}</p>
    </div>
  );
}
