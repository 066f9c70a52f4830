import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_LANGUAGES, type LetterLanguage, type LetterTemplate } from '@shared/followUp';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useLanguage } from '@renderer/i18n';
import { templateForLanguage } from '@renderer/features/playbook/templateForLanguage';
import { VenuePicker } from '@renderer/features/venues/VenuePicker';
import { LetterEditor } from './LetterEditor';
import { useRenderedLetter } from './queries';
import { TemplateSelect } from './TemplateSelect';

interface LetterWriterProps {
  ticketId: number;
  platformId: number;
  templates: readonly LetterTemplate[];
  templateId: string | null;
  onTemplateChange: (templateId: string) => void;
}

/** The first follow-up letter in the app's language: where a user with no proposal starts. */
function defaultTemplate(templates: readonly LetterTemplate[], language: LetterLanguage): LetterTemplate | undefined {
  return (
    templates.find((t) => t.language === language && t.kind === 'follow_up') ?? templates.find((t) => t.language === language) ?? templates[0]
  );
}

/** Pick a letter (language, template, addressee for a third party), see it filled from the ticket, adjust, copy or save. */
export function LetterWriter({ ticketId, platformId, templates, templateId, onTemplateChange }: LetterWriterProps) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLanguage();
  const [venueId, setVenueId] = useState<string | null>(null);
  const selected = templates.find((template) => template.id === templateId) ?? defaultTemplate(templates, uiLanguage);
  const language = selected?.language ?? uiLanguage;
  const forThirdParty = selected?.kind === 'third_party_complaint';
  const rendered = useRenderedLetter(ticketId, selected?.id ?? null, forThirdParty ? venueId : null);

  const switchLanguage = (next: LetterLanguage) => {
    if (!selected || next === selected.language) return;
    const inNext = templates.filter((template) => template.language === next);
    const twin =
      inNext.find((template) => template.id === templateForLanguage(selected.id, next)) ??
      inNext.find((template) => template.kind === selected.kind) ??
      inNext[0];
    if (twin) onTemplateChange(twin.id);
  };

  return (
    <div className="letter-writer">
      <div className="letter-writer__choices">
        <fieldset className="segmented">
          <legend className="field__label">{t('letters.language')}</legend>
          {LETTER_LANGUAGES.map((value) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name="letter-language"
                value={value}
                checked={language === value}
                onChange={() => switchLanguage(value)}
              />
              <span lang={value}>{t(`letters.languageName.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        <TemplateSelect
          label={t('letters.template')}
          templates={templates.filter((template) => template.language === language)}
          value={selected?.id ?? null}
          onChange={onTemplateChange}
        />
        {forThirdParty ? <VenuePicker platformId={platformId} value={venueId} onChange={(venue) => setVenueId(venue?.id ?? null)} /> : null}
      </div>
      <ErrorMessage error={rendered.error} />
      {rendered.data ? (
        <LetterEditor
          key={`${rendered.data.templateId}|${venueId ?? ''}`}
          letter={rendered.data}
          refilling={rendered.isFetching}
          onRefill={() => void rendered.refetch()}
        />
      ) : rendered.isPending && selected ? (
        <p className="muted" role="status">
          {t('letters.rendering')}
        </p>
      ) : null}
    </div>
  );
}
