import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explained } from '@shared/followUp';
import { useLanguage } from '@renderer/i18n';
import { formatExact } from '@renderer/lib/dates';

/** Long enough to move the pointer from the date onto the explanation without it vanishing. */
const HIDE_DELAY_MS = 200;

interface DueDateProps {
  dueAt: string;
  /** What the button shows ("Due Nov 26, 10:00"). */
  children: string;
  explanation: Explained[];
}

/**
 * A due date that explains itself: hovering, focusing or pressing it shows how it was reached, step by
 * step, in the current language. The steps are the button's description (aria-describedby), so a screen
 * reader hears them on focus; Escape hides them; the pointer may move onto them (WCAG 1.4.13).
 */
export function DueDate({ dueAt, children, explanation }: DueDateProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const tipId = useId();
  const [shown, setShown] = useState(false);
  const [pinned, setPinned] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(hideTimer.current), []);

  const show = () => {
    clearTimeout(hideTimer.current);
    setShown(true);
  };
  const hideSoon = () => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setShown(false), HIDE_DELAY_MS);
  };
  const hideNow = () => {
    clearTimeout(hideTimer.current);
    setShown(false);
    setPinned(false);
  };
  const open = shown || pinned;

  return (
    <div
      className="due-date"
      onMouseEnter={show}
      onMouseLeave={() => {
        if (!pinned) hideSoon();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          // Only the explanation closes, not a dialog around it.
          event.stopPropagation();
          event.preventDefault();
          hideNow();
        }
      }}
    >
      <button
        type="button"
        className="due-date__button"
        aria-describedby={tipId}
        aria-expanded={open}
        onFocus={show}
        onBlur={hideNow}
        onClick={() => setPinned((value) => !value)}
      >
        <time dateTime={dueAt}>{children}</time>
      </button>
      <div role="tooltip" id={tipId} className="due-date__tip" hidden={!open}>
        <p className="due-date__tip-title">{t('clocks.explanationTitle')}</p>
        {explanation.length > 0 ? (
          <ol className="due-date__steps">
            {explanation.map((step, index) => (
              <li key={`${step.code}-${index}`}>{step.text[language]}</li>
            ))}
          </ol>
        ) : (
          <p>{t('clocks.noExplanation')}</p>
        )}
        <p className="due-date__exact">{formatExact(dueAt)}</p>
      </div>
    </div>
  );
}
