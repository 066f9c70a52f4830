import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '@shared/domain';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { useUpdateTicket } from '@renderer/features/tickets/queries';
import { useLanguage } from '@renderer/i18n';
import { COMMON_CURRENCIES, formatFiat, parseFiatValue, type FiatProblem } from './fiatValue';

/**
 * The value in dispute in money the recipient understands (amount + ISO currency): goes on the dossier's
 * cover next to the crypto amounts. Two small fields and Save; clearing both removes it. Callers key it on
 * the stored value, so a change saved elsewhere (the export dialog) shows here too.
 */
export function FiatValueForm({ ticket, onSaved }: { ticket: Ticket; onSaved?: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const update = useUpdateTicket(ticket.id);
  const id = useId();
  const [amount, setAmount] = useState(ticket.fiatAmount ?? '');
  const [currency, setCurrency] = useState(ticket.fiatCurrency ?? '');
  const [problem, setProblem] = useState<FiatProblem | null>(null);
  const dirty = amount !== (ticket.fiatAmount ?? '') || currency !== (ticket.fiatCurrency ?? '');
  const amountWrong = problem === 'amountFormat' || problem === 'amountMissing';
  const currencyWrong = problem === 'currencyFormat' || problem === 'currencyMissing';

  const edit = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setProblem(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFiatValue(amount, currency);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    const value = parsed.value;
    update.mutate(
      { fiatAmount: value?.amount ?? null, fiatCurrency: value?.currency ?? null },
      {
        onSuccess: (next) => {
          setAmount(next.fiatAmount ?? '');
          setCurrency(next.fiatCurrency ?? '');
          onSaved?.();
        },
      },
    );
  };

  return (
    <form className="fiat-form" aria-labelledby={`${id}-legend`} onSubmit={submit} noValidate>
      <p id={`${id}-legend`} className="field__label">
        {t('fiatValue.legend')}
      </p>
      <div className="fiat-form__row">
        <div className="field fiat-form__amount">
          <label htmlFor={`${id}-amount`} className="visually-hidden">
            {t('fiatValue.amount')}
          </label>
          <input
            id={`${id}-amount`}
            value={amount}
            inputMode="decimal"
            maxLength={40}
            autoComplete="off"
            aria-invalid={amountWrong || undefined}
            aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
            onChange={(e) => edit(setAmount)(e.target.value)}
          />
        </div>
        <div className="field fiat-form__currency">
          <label htmlFor={`${id}-currency`} className="visually-hidden">
            {t('fiatValue.currency')}
          </label>
          <input
            id={`${id}-currency`}
            value={currency}
            list={`${id}-currencies`}
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={currencyWrong || undefined}
            aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
            onChange={(e) => edit(setCurrency)(e.target.value.toUpperCase())}
          />
          <datalist id={`${id}-currencies`}>
            {COMMON_CURRENCIES.map((code) => (
              <option key={code} value={code} />
            ))}
          </datalist>
        </div>
        <button type="submit" className="button button--small" disabled={update.isPending || !dirty}>
          {update.isPending ? t('common.saving') : t('fiatValue.save')}
        </button>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field__problem" role="alert">
          {t(`fiatValue.problem.${problem}`)}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field__hint" role="status">
          {ticket.fiatAmount && ticket.fiatCurrency
            ? t('fiatValue.current', { value: formatFiat(ticket.fiatAmount, ticket.fiatCurrency, language) })
            : t('fiatValue.hint')}
        </p>
      )}
      <ErrorMessage error={update.error} fieldLabels={{ fiatAmount: t('fiatValue.amount'), fiatCurrency: t('fiatValue.currency') }} />
    </form>
  );
}
