import { useTranslation } from 'react-i18next';
import { LETTER_PLACEHOLDERS, type LetterPlaceholder } from '@shared/followUp';

/** Every placeholder a template may use, each a button that puts it at the cursor in the text. */
export function PlaceholderList({ onInsert }: { onInsert: (name: LetterPlaceholder) => void }) {
  const { t } = useTranslation();
  return (
    <section className="placeholder-list" aria-labelledby="placeholder-list-title">
      <h4 id="placeholder-list-title" className="placeholder-list__title">
        {t('letters.editor.placeholders')}
      </h4>
      <p className="field__hint">{t('letters.editor.placeholdersHint')}</p>
      <ul className="placeholder-list__items">
        {LETTER_PLACEHOLDERS.map((name) => (
          <li key={name}>
            <button
              type="button"
              className="placeholder-list__button"
              aria-label={t('letters.editor.insert', { name: t(`letters.placeholder.${name}`) })}
              title={`{{${name}}}`}
              onClick={() => onInsert(name)}
            >
              <span className="placeholder-list__name">{t(`letters.placeholder.${name}`)}</span>
              <code className="placeholder-list__code">{`{{${name}}}`}</code>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
