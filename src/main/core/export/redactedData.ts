/**
 * The dossier's data as the redacted transcripts show it: every free text the user or the agent wrote
 * (entries, agent names, call numbers, the ticket's title, summary and desired outcome, evidence
 * descriptions, wallet addresses of transactions) passed through the redactor, and the account UID masked.
 * Masking field by field rather than the finished document keeps file names, hashes and times intact.
 *
 * Kept as they are: evidence file names and hashes (they identify the unaltered originals the archive
 * carries), transaction ids (what a recipient looks up on a block explorer), and the platform's channel
 * addresses, which are the other side's published or suspected contact points, not the user's identifiers.
 */
import type { DossierData } from './dossierData';
import { makeRedactor, maskUid } from './redact';

export type Redact = (text: string) => string;

/**
 * The redactor for one ticket, with the same facts the PDF uses (pdf/renderDossierPdf.ts), so the PDF and
 * the transcripts mask the same things: the UID, the profile's contact and address and the transactions'
 * wallets are masked; order ids, platform references, txids and the platform's channels are kept.
 */
export function dossierRedactor(data: DossierData): Redact {
  const { ticket, platform, profile } = data;
  const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => typeof v === 'string' && v !== '');
  return makeRedactor({
    accountUid: platform.accountUid,
    extra: present([profile.contact, profile.postalAddress]),
    wallets: present(ticket.transactions.flatMap((t) => [t.fromAddress, t.toAddress])),
    keep: present([
      ...ticket.platformRefs,
      ...ticket.transactions.flatMap((t) => [t.orderId, t.txid]),
      ...platform.channels.map((c) => c.address),
    ]),
  });
}

export function redactedDossierData(data: DossierData, redact: Redact): DossierData {
  const opt = (text: string | null): string | null => (text === null ? null : redact(text));
  return {
    ...data,
    ticket: {
      ...data.ticket,
      title: redact(data.ticket.title),
      summary: opt(data.ticket.summary),
      desiredOutcome: opt(data.ticket.desiredOutcome),
      transactions: data.ticket.transactions.map((t) => ({ ...t, fromAddress: opt(t.fromAddress), toAddress: opt(t.toAddress) })),
    },
    platform: { ...data.platform, accountUid: data.platform.accountUid === null ? null : maskUid(data.platform.accountUid) },
    entries: data.entries.map((entry) => ({
      ...entry,
      text: redact(entry.text),
      agentName: opt(entry.agentName),
      call: entry.call && { ...entry.call, number: opt(entry.call.number) },
      flags: entry.flags.map((flag) => ({ ...flag, excerpt: redact(flag.excerpt) })),
    })),
    evidence: data.evidence.map((item) => ({ ...item, description: opt(item.description) })),
  };
}
