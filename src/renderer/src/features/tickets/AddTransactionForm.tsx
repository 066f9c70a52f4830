import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { Icon } from '@renderer/components/Icon';
import { useAddTransaction } from './queries';
import { emptyTransaction, TransactionFields, transactionInput, type TransactionDraft } from './TransactionFields';

/** "Add transaction" in the details panel: a disclosure, so the facts stay short until needed. */
export function AddTransactionForm({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const addTransaction = useAddTransaction(ticketId);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<TransactionDraft>(emptyTransaction);

  if (!open) {
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        <Icon name="plus" />
        {t('ticket.addTransaction')}
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    addTransaction.mutate(transactionInput(draft), {
      onSuccess: () => {
        setDraft(emptyTransaction);
        setOpen(false);
      },
    });
  };

  return (
    <form className="form form--compact" onSubmit={submit} aria-label={t('ticket.addTransaction')}>
      <TransactionFields value={draft} onChange={setDraft} required compact />
      <ErrorMessage error={addTransaction.error} />
      <div className="form__actions">
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--small button--primary" disabled={addTransaction.isPending}>
          {addTransaction.isPending ? t('common.saving') : t('ticket.saveTransaction')}
        </button>
      </div>
    </form>
  );
}
