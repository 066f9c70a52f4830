import { useId, type ReactNode } from 'react';

interface Option<T extends string> {
  value: T;
  label: string;
  /** A line under the label saying what the choice gives. */
  description?: string;
  /** Extra fields shown under the option while it is chosen (the portal limits). */
  extra?: ReactNode;
  /** The label's language when it differs from the page's ("中文" in an English UI). */
  lang?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: Option<T>[];
  onChange: (value: T) => void;
  /** Side by side (short labels) instead of stacked cards. */
  inline?: boolean;
}

/** Radio buttons as cards: a fieldset with a legend, each option a real <label> for its radio. */
export function ChoiceGroup<T extends string>({ legend, name, value, options, onChange, inline = false }: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className={`choice-group ${inline ? 'choice-group--inline' : ''}`}>
      <legend className="choice-group__legend">{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const checked = option.value === value;
          return (
            <div key={option.value} className={`choice ${checked ? 'choice--checked' : ''}`}>
              <input
                id={optionId}
                type="radio"
                name={`${id}-${name}`}
                value={option.value}
                checked={checked}
                aria-describedby={option.description ? `${optionId}-description` : undefined}
                onChange={() => onChange(option.value)}
              />
              <div className="choice__text">
                <label htmlFor={optionId} className="choice__label" lang={option.lang}>
                  {option.label}
                </label>
                {option.description ? (
                  <p id={`${optionId}-description`} className="choice__description">
                    {option.description}
                  </p>
                ) : null}
                {checked && option.extra ? <div className="choice__extra">{option.extra}</div> : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
