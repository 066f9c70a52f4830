import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_CATEGORIES, type TicketCategory } from '@shared/domain';
import { LIMITS } from '@shared/limits';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/ErrorMessage';
import { SelectField, TextAreaField, TextField } from '@renderer/components/fields';
import { splitList } from '@renderer/lib/format';
import { openTicket } from '@renderer/lib/route';
import { usePlatforms } from '@renderer/features/platforms/queries';
import { useCreateTicket } from './queries';
import {
  emptyTransaction,
  isBlankTransaction,
  TransactionFields,
  transactionInput,
  type TransactionDraft,
} from './TransactionFields';

export function NewTicketDialog({ onClose, onNeedPlatform }: { onClose: () => void; onNeedPlatform: () => void }) {
  const { t } = useTranslation();
  const platforms = usePlatforms();
  const createTicket = useCreateTicket();
  const [platformId, setPlatformId] = useState<string>('');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<TicketCategory>('withdrawal_delayed');
  const [refs, setRefs] = useState('');
  const [desiredOutcome, setDesiredOutcome] = useState('');
  const [transaction, setTransaction] = useState<TransactionDraft>(emptyTransaction);

  const list = platforms.data ?? [];
  // Most people deal with one platform: preselect the newest until they choose.
  const chosenPlatform = platformId || (list.length > 0 ? String(list[list.length - 1]?.id) : '');
  const transactionStarted = !isBlankTransaction(transaction);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosenPlatform) return;
    createTicket.mutate(
      {
        platformId: Number(chosenPlatform),
        title: title.trim(),
        category,
        platformRefs: splitList(refs),
        desiredOutcome: desiredOutcome.trim() || undefined,
        transactions: transactionStarted ? [transactionInput(transaction)] : [],
      },
      {
        onSuccess: ({ id }) => {
          onClose();
          openTicket(id);
        },
      },
    );
  };

  return (
    <Dialog title={t('ticketForm.title')} onClose={onClose} size="wide">
      {platforms.isSuccess && list.length === 0 ? (
        <div className="form">
          <p>{t('ticketForm.needPlatform')}</p>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={onNeedPlatform}>
              {t('nav.addPlatform')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={submit}>
          <div className="form-grid">
            <SelectField
              label={t('ticketForm.platform')}
              value={chosenPlatform}
              required
              onChange={(e) => setPlatformId(e.target.value)}
            >
              {list.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('ticketForm.category')}
              value={category}
              onChange={(e) => setCategory(e.target.value as TicketCategory)}
            >
              {TICKET_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <TextField
            label={t('ticketForm.ticketTitle')}
            value={title}
            required
            data-autofocus
            maxLength={LIMITS.shortText}
            placeholder={t('ticketForm.ticketTitlePlaceholder')}
            autoComplete="off"
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextField
            label={t('ticketForm.platformRef')}
            hint={t('ticketForm.platformRefHint')}
            optional
            value={refs}
            maxLength={LIMITS.listItems * (LIMITS.shortText + 2)}
            autoComplete="off"
            onChange={(e) => setRefs(e.target.value)}
          />
          <fieldset className="fieldset">
            <legend>{t('ticketForm.transactionLegend')}</legend>
            <p className="fieldset__hint">{t('ticketForm.transactionHint')}</p>
            <TransactionFields value={transaction} onChange={setTransaction} required={transactionStarted} />
          </fieldset>
          <TextAreaField
            label={t('ticketForm.desiredOutcome')}
            optional
            rows={2}
            value={desiredOutcome}
            maxLength={LIMITS.longText}
            onChange={(e) => setDesiredOutcome(e.target.value)}
          />
          <ErrorMessage
            error={createTicket.error ?? platforms.error}
            fieldLabels={{
              title: t('ticketForm.ticketTitle'),
              platformRefs: t('ticketForm.platformRef'),
              desiredOutcome: t('ticketForm.desiredOutcome'),
              asset: t('ticketForm.asset'),
              amount: t('ticketForm.amount'),
              network: t('ticketForm.network'),
              txid: t('ticketForm.txid'),
            }}
          />
          <div className="form__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={createTicket.isPending || !chosenPlatform}>
              {createTicket.isPending ? t('common.saving') : t('ticketForm.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
