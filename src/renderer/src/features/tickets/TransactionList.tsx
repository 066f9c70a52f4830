import { useTranslation } from 'react-i18next';
import type { Transaction } from '@shared/domain';
import { useLanguage } from '@renderer/i18n';
import { formatMoney, shortenHash } from '@renderer/lib/format';

export function TransactionList({ transactions }: { transactions: readonly Transaction[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (transactions.length === 0) return <p className="muted small">{t('ticket.noTransactions')}</p>;
  return (
    <ul className="transaction-list">
      {transactions.map((tx) => (
        <li key={tx.id} className="transaction-list__item">
          <span className="transaction-list__amount">{formatMoney(tx.amount, tx.asset, language)}</span>
          {tx.network ? <span className="muted small"> · {tx.network}</span> : null}
          {tx.txid ? (
            <span className="transaction-list__txid small" title={tx.txid}>
              {t('ticketForm.txid')}: <code>{shortenHash(tx.txid, 10, 6)}</code>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
