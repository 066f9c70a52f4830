import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '@shared/domain';
import { Icon } from '@renderer/components/Icon';
import { warningText } from './warningText';

/**
 * What could not be read as it stands, with the line it is on and the text concerned, so nothing is lost
 * unseen. The server's own wording is kept as a tooltip (its numbers and names).
 */
export function ImportWarnings({ warnings: all, noneIsMe }: { warnings: ImportResult['warnings']; noneIsMe: boolean }) {
  const { t } = useTranslation();
  const titleId = useId();
  // "No message is from you" is what the user said when they chose "none of these".
  const warnings = noneIsMe ? all.filter((w) => w.code !== 'me_not_found') : all;
  if (warnings.length === 0) return null;
  return (
    <section className="import-warnings" aria-labelledby={titleId}>
      <h3 id={titleId} className="import__heading">
        <Icon name="warning" /> {t('importer.warningsTitle', { count: warnings.length })}
      </h3>
      <ul className="import-warnings__list">
        {warnings.map((warning, i) => (
          <li key={i} className="import-warnings__item" title={warning.message}>
            {warning.line !== undefined ? <strong className="import-warnings__line">{t('importer.line', { line: warning.line })} </strong> : null}
            <span>{warningText(warning, t)}</span>
            {warning.text ? <q className="import-warnings__text">{warning.text}</q> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
