import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_LANGUAGES, type LetterTemplate } from '@shared/followUp';
import { Icon } from '@renderer/components/Icon';
import { useLanguage } from '@renderer/i18n';
import { templateLabel } from './templateLabels';
import { TemplateForm } from './TemplateForm';

interface TemplateEditorProps {
  templates: readonly LetterTemplate[];
  /** The template the letter was using: opened first. */
  initialId: string | null;
  /** A template was saved: the letter switches to it. */
  onSaved: (templateId: string) => void;
}

const NEW = 'new';

/** Every template by language, built-in and the user's own; pick one to edit, or start a new one. */
export function TemplateEditor({ templates, initialId, onSaved }: TemplateEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [selectedId, setSelectedId] = useState<string>(initialId ?? NEW);
  // The form starts afresh when the user picks a template, not when saving gives a new one its id:
  // the form keeps its focus and its "Saved" note.
  const [formKey, setFormKey] = useState(0);
  const selected = templates.find((template) => template.id === selectedId) ?? null;
  const choose = (id: string) => {
    setSelectedId(id);
    setFormKey((key) => key + 1);
  };

  return (
    <div className="template-editor">
      <nav className="template-editor__list" aria-label={t('letters.editor.listLabel')}>
        <button
          type="button"
          className={`button button--small template-editor__new ${selectedId === NEW ? 'is-selected' : ''}`}
          aria-current={selectedId === NEW ? 'true' : undefined}
          onClick={() => choose(NEW)}
        >
          <Icon name="plus" />
          {t('letters.editor.new')}
        </button>
        {LETTER_LANGUAGES.map((lang) => (
          <div key={lang} className="template-editor__group">
            <h4 className="template-editor__group-title" lang={lang}>
              {t(`letters.languageName.${lang}`)}
            </h4>
            <ul>
              {templates
                .filter((template) => template.language === lang)
                .map((template) => (
                  <li key={template.id}>
                    <button
                      type="button"
                      className={`template-editor__item ${template.id === selectedId ? 'is-selected' : ''}`}
                      aria-current={template.id === selectedId ? 'true' : undefined}
                      onClick={() => choose(template.id)}
                    >
                      <span className="template-editor__item-name">{templateLabel(template, t)}</span>
                      <span className="template-editor__item-kind">{t(`letters.kind.${template.kind}`)}</span>
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="template-editor__form">
        {selectedId !== NEW && !selected ? (
          <p className="muted">{t('letters.editor.choose')}</p>
        ) : (
          <TemplateForm
            key={formKey}
            template={selected}
            defaultLanguage={language}
            onSaved={(saved) => {
              setSelectedId(saved.id);
              onSaved(saved.id);
            }}
            onDeleted={() => choose(NEW)}
          />
        )}
      </div>
    </div>
  );
}
