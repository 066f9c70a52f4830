/**
 * A realistic dispute for screenshots: a platform with two channels, three tickets, a conversation over
 * three days in English and Chinese, and (optionally) the evidence a user would gather.
 */
import { readFileSync } from 'node:fs';
import { expect, sharedFixture } from './fixtures';
import { makePdf, makePng } from './files';
import type { seedClient } from './seed';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** An instant `daysAgo` days before now at a fixed local (Shanghai, UTC+8) wall-clock time. */
export function at(daysAgo: number, hour: number, minute: number): string {
  const date = new Date(Date.now() - daysAgo * DAY);
  date.setUTCHours(hour - 8, minute, 0, 0);
  return date.toISOString();
}

/**
 * `evidence`: `one` screenshot added at the end; `tied` (the README): a screenshot, a withdrawal record
 * and the support e-mail, each under the message it belongs to; `rich`: those and more, including a
 * PDF named .png.
 */
export async function seedRealisticCase(
  api: ReturnType<typeof seedClient>,
  options: { evidence?: 'one' | 'tied' | 'rich' } = {},
): Promise<number> {
  const evidenceSet = options.evidence ?? 'one';
  const platform = await api.call('platforms.create', {
    name: 'Nexa Exchange',
    website: 'https://www.nexa.example',
    officialDomains: ['nexa.example', 'support.nexa.example'],
    channels: [
      { kind: 'live_chat', address: 'https://support.nexa.example/chat', foundVia: 'official_website', verified: true },
      { kind: 'email', address: 'support@nexa.example', foundVia: 'user_agreement', verified: true },
    ],
  });

  const closed = await api.call('tickets.create', {
    platformId: platform.id,
    title: 'Deposit of 300 USDT not credited',
    category: 'deposit_not_credited',
    openedAt: at(20, 14, 2),
    transactions: [{ asset: 'USDT', amount: '300', network: 'TRC20' }],
  });
  await api.call('tickets.update', { id: closed.id, status: 'resolved' });

  await api.call('tickets.create', {
    platformId: platform.id,
    title: '账户被冻结，要求补充资金来源证明',
    category: 'account_frozen',
    openedAt: at(1, 16, 40),
    transactions: [{ asset: 'USDT', amount: '12500', network: 'ERC20' }],
  });

  const ticket = await api.call('tickets.create', {
    platformId: platform.id,
    title: 'Withdrawal of 0.5 BTC stuck in review',
    category: 'withdrawal_delayed',
    status: 'waiting_platform',
    platformRefs: ['NX-2024-118823'],
    openedAt: at(2, 9, 10),
    desiredOutcome: 'Release the 0.5 BTC to my own wallet, or return it to my Nexa balance.',
    transactions: [
      {
        asset: 'BTC',
        amount: '0.5',
        network: 'Bitcoin',
        orderId: 'W-88123',
        txid: '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b',
        occurredAt: at(3, 21, 5),
      },
    ],
  });
  const ticketId = ticket.id;
  const entry = (input: Record<string, unknown>) => api.call('log.add', { ticketId, timeZone: 'Asia/Shanghai', ...input });

  const firstMessage = await entry({
    author: 'me',
    channel: 'live_chat',
    occurredAt: at(2, 9, 12),
    text: 'Hi, I withdrew 0.5 BTC to my own wallet two days ago (order W-88123) and it still shows "Processing". Can you check what is wrong?',
  });
  await entry({
    author: 'agent',
    agentName: 'Lily',
    channel: 'live_chat',
    occurredAt: at(2, 9, 20),
    text: 'Thank you for contacting Nexa Support. Your withdrawal is under review by our risk control team. Please allow 24–48 hours.',
  });
  await entry({
    author: 'note',
    occurredAt: at(2, 9, 26),
    text: 'Lily gave no reason. Asked for a case number: NX-2024-118823. 要求书面说明审核原因。',
  });
  const reminder = await entry({
    author: 'me',
    channel: 'email',
    occurredAt: at(0, 10, 3),
    text: 'It has been 48 hours. Please tell me the exact reason for the review and the date my 0.5 BTC will be released.\n您好，已经超过 48 小时，请说明具体原因和放行日期。',
  });
  const emailReply = await entry({
    author: 'agent',
    agentName: 'Nexa Support',
    channel: 'email',
    occurredAt: at(0, 11, 47),
    text: '您好，您的案件已升级至高级审核团队，我们将在 3 个工作日内答复。We have escalated your case to the senior review team.',
  });
  const screenshot = readFileSync(sharedFixture('screenshot-withdrawal-pending.png'));
  if (evidenceSet === 'one') {
    const evidence = await api.upload(ticketId, 'screenshot-withdrawal-pending.png', screenshot, Date.now() - 2 * DAY);
    expect(evidence.id).toBeGreaterThan(0);
    return ticketId;
  }
  // The screenshot sent with the 48-hour reminder, described and tagged.
  const shot = await api.upload(ticketId, 'screenshot-withdrawal-pending.png', screenshot, Date.parse(at(0, 9, 58)), {
    entryId: reminder.id,
    via: 'paste',
  });
  await api.call('evidence.update', {
    id: shot.id,
    description: 'Withdrawal W-88123 still "Processing" two days after it was sent.',
    tags: ['withdrawal', 'risk review'],
  });
  await api.upload(ticketId, 'withdrawal-record-W-88123.pdf', makePdf('Withdrawal W-88123: 0.5 BTC, status Processing'), Date.parse(at(3, 21, 10)), {
    via: 'picker',
    entryId: firstMessage.id,
  });
  await api.upload(ticketId, 'nexa-reply.eml', readFileSync(sharedFixture('email-gb2312-attachment.eml')), Date.parse(at(0, 11, 47)), {
    via: 'drop',
    entryId: emailReply.id,
  });
  if (evidenceSet === 'tied') return ticketId;
  await api.upload(ticketId, 'wallet-balance.png', makePng(640, 400, 11), Date.parse(at(1, 20, 2)), { via: 'picker' });
  await api.upload(ticketId, 'live-chat-transcript.txt', readFileSync(sharedFixture('livechat-paste-zh.txt')), Date.parse(at(2, 9, 30)), { via: 'picker' });
  // A "screenshot" that is really a PDF: flagged.
  await api.upload(ticketId, 'kyc-confirmation.png', makePdf('KYC level 2 approved'), Date.parse(at(5, 15, 0)), { via: 'picker' });
  return ticketId;
}
