/**
 * The transfers in dispute, each with what a reader needs to check it on-chain: the txid in full (never
 * masked, see redact.ts) and a link to the network's block explorer, printed as well as clickable so it
 * works on paper. Addresses are masked 6…4 in a redacted export.
 */
import { explorerLink } from '../explorers';
import { COLOR, SIZE } from '../pdfWriter';
import { utc, type SectionContext } from './sectionContext';

/** Seven fields, the txid and the explorer link each on two lines. */
const TRANSFER_HEIGHT = 140;

export function renderTransactions({ w, data }: SectionContext): void {
  const say = w.wording;
  w.heading(say.label('transactions'));
  const { transactions } = data.ticket;
  if (transactions.length === 0) {
    w.paragraph(say.label('noTransactions'), { color: COLOR.muted, verbatim: true });
    return;
  }
  transactions.forEach((t, index) => {
    // A transfer's facts are checked together (txid, addresses, explorer): kept on one page.
    w.subheading(`${index + 1}. ${t.amount} ${t.asset}`, false, TRANSFER_HEIGHT);
    w.field(say.label('network'), t.network);
    w.field(say.label('time'), t.occurredAt ? utc(t.occurredAt) : null, { verbatim: true });
    w.field(say.label('txid'), t.txid, { verbatim: true, size: SIZE.small });
    w.field(say.label('fromAddress'), t.fromAddress, { size: SIZE.small });
    w.field(say.label('toAddress'), t.toAddress, { size: SIZE.small });
    w.field(say.label('orderId'), t.orderId);
    if (t.txid) {
      const link = explorerLink(t.network, t.asset, t.txid);
      if (link) {
        w.field(`${say.label('explorer')} (${link.explorer})`, link.url, { verbatim: true, link: link.url, color: COLOR.accent, size: SIZE.small });
      } else {
        w.field(say.label('explorer'), say.label(t.network ? 'noExplorer' : 'noNetwork'), { verbatim: true, color: COLOR.muted });
      }
    }
  });
}
