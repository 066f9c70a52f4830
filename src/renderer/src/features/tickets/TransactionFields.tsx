import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';
import { TextField } from '@renderer/components/fields';

export interface TransactionDraft {
  asset: string;
  amount: string;
  network: string;
  txid: string;
}

export const emptyTransaction: TransactionDraft = { asset: '', amount: '', network: '', txid: '' };

/** Digits with an optional dot; commas are tolerated here and normalised by transactionInput. */
const AMOUNT_PATTERN = '[0-9][0-9,]*([.][0-9]+)?';

export function isBlankTransaction(draft: TransactionDraft): boolean {
  return Object.values(draft).every((v) => v.trim() === '');
}

/** The transaction as the API wants it; "1,250.5" and "0,5" typed by habit become "1250.5" and "0.5". */
export function transactionInput(draft: TransactionDraft) {
  const amount = draft.amount.trim().replace(/,(?=\d{3}(\D|$))/g, '').replace(',', '.');
  return {
    asset: draft.asset.trim().toUpperCase(),
    amount,
    network: draft.network.trim() || undefined,
    txid: draft.txid.trim() || undefined,
  };
}

interface TransactionFieldsProps {
  value: TransactionDraft;
  onChange: (next: TransactionDraft) => void;
  /** Asset and amount are required when the transaction itself is (adding one from the panel). */
  required: boolean;
  compact?: boolean;
}

export function TransactionFields({ value, onChange, required, compact = false }: TransactionFieldsProps) {
  const { t } = useTranslation();
  const set = (key: keyof TransactionDraft) => (e: { target: { value: string } }) =>
    onChange({ ...value, [key]: e.target.value });
  return (
    <div className={compact ? 'form-stack' : 'form-grid form-grid--4'}>
      <TextField
        label={t('ticketForm.asset')}
        value={value.asset}
        required={required}
        maxLength={LIMITS.shortText}
        placeholder="BTC"
        autoComplete="off"
        onChange={set('asset')}
      />
      <TextField
        label={t('ticketForm.amount')}
        value={value.amount}
        required={required}
        inputMode="decimal"
        pattern={AMOUNT_PATTERN}
        title={t('ticketForm.amountInvalid')}
        maxLength={40}
        placeholder="0.5"
        autoComplete="off"
        onChange={set('amount')}
      />
      <TextField
        label={t('ticketForm.network')}
        optional
        value={value.network}
        maxLength={LIMITS.shortText}
        placeholder="Bitcoin"
        autoComplete="off"
        onChange={set('network')}
      />
      <TextField
        label={t('ticketForm.txid')}
        optional
        value={value.txid}
        maxLength={LIMITS.address}
        autoComplete="off"
        spellCheck={false}
        fieldClassName={compact ? '' : 'field--span-2'}
        onChange={set('txid')}
      />
    </div>
  );
}
