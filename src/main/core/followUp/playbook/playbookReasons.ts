/**
 * Why the playbook proposes what it proposes, in both languages, with the figures it used (hours waited,
 * messages unanswered, the deadline). Calm and concrete: what happened, then what to do.
 */
import type { ChannelKind, TicketStatus } from '../../../../shared/domain';
import type { Bilingual, EscalationLevel, Explained, PlaybookAction } from '../../../../shared/followUp';
import { CHANNEL_NAMES, dateTimeText, durationText, hoursText, LEVEL_NAMES, yourMessage } from '../clocks/timeText';

const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;
const hours = (ms: number) => String(Math.floor(Math.max(0, ms) / HOUR));

function explained(code: string, params: Record<string, string>, en: string, zh: string): Explained {
  return { code, params, text: { en, 'zh-CN': zh } };
}

export function rateAndCloseReason(status: TicketStatus): Explained {
  const zh = status === 'resolved' ? '已解决' : '已关闭';
  return explained(
    'playbook.rate_and_close',
    { status },
    `The ticket is ${status}. Rate how the platform handled it (attitude, problem solving) and note what to ask next time.`,
    `此工单${zh}。请为平台的处理打分（态度、解决问题的能力），并记下经验和下次要问的问题。`,
  );
}

export function finalResponseReason(escalationId: number, answeredAt: number, zone: string, now: number): Explained {
  const d = dateTimeText(answeredAt, zone, now);
  return explained(
    'playbook.final_response',
    { escalationId: String(escalationId), answeredAt: iso(answeredAt) },
    `Management answered on ${d.en}: treat it as their final response. If it does not settle the matter, take the complaint to a third party (a regulator, ombudsman, dispute scheme, consumer body or the police).`,
    `管理层已于 ${d['zh-CN']} 答复：可视为平台的最终答复。如果问题仍未解决，可以向第三方投诉（监管机构、金融申诉专员、争议解决机构、消费者组织或警方）。`,
  );
}

export function deadlinePassedReason(escalationId: number, due: number, zone: string, now: number): Explained {
  const d = dateTimeText(due, zone, now);
  const over = durationText(now - due);
  return explained(
    'playbook.deadline_passed',
    { escalationId: String(escalationId), deadline: iso(due), hoursOver: hours(now - due) },
    `Management's deadline (${d.en}) passed ${over.en} ago without an answer. You can take the complaint to a third party (a regulator, ombudsman, dispute scheme, consumer body or the police).`,
    `管理层的答复期限（${d['zh-CN']}）已过 ${over['zh-CN']}，仍未答复。您可以向第三方投诉（监管机构、金融申诉专员、争议解决机构、消费者组织或警方）。`,
  );
}

export function askEscalationReason(messages: number, waitedMs: number, level: EscalationLevel): Explained {
  const l = LEVEL_NAMES[level];
  return explained(
    'playbook.ask_escalation',
    { messages: String(messages), followUps: String(messages - 1), hoursWaited: hours(waitedMs), level },
    `${messages} of your messages have had no answer (${messages - 1} follow-ups); the latest has waited ${hours(waitedMs)} h. Ask for the case to go to ${l.en}.`,
    `您已发出 ${messages} 条消息仍未得到答复（其中 ${messages - 1} 次跟进），最近一条已等待 ${hours(waitedMs)} 小时。请要求将此案升级至${l['zh-CN']}。`,
  );
}

/** Why this long: the platform's promise on the channel, live chat's shorter norm, the 48-hour default, or a step's deadline. */
export type FollowUpBasis =
  | { kind: 'promised'; hours: number; channel: ChannelKind }
  | { kind: 'live_chat' }
  | { kind: 'default' }
  | { kind: 'deadline'; at: number; zone: string };

function basisText(basis: FollowUpBasis, now: number): Bilingual {
  switch (basis.kind) {
    case 'promised': {
      const h = hoursText(basis.hours);
      const c = CHANNEL_NAMES[basis.channel];
      return { en: `the platform promised an answer within ${h.en} on ${c.en}`, 'zh-CN': `平台承诺${c['zh-CN']}在 ${h['zh-CN']}内答复` };
    }
    case 'live_chat':
      return { en: 'live chat should answer within 24 h', 'zh-CN': '在线客服应在 24 小时内答复' };
    case 'default':
      return { en: 'after 48 h a follow-up is reasonable', 'zh-CN': '超过 48 小时即可跟进' };
    case 'deadline': {
      const d = dateTimeText(basis.at, basis.zone, now);
      return { en: `the deadline for their answer, ${d.en}, has passed`, 'zh-CN': `对方的答复期限 ${d['zh-CN']} 已过` };
    }
  }
}

function basisParams(basis: FollowUpBasis): Record<string, string> {
  if (basis.kind === 'promised') return { basis: basis.kind, promisedHours: String(basis.hours), channel: basis.channel };
  if (basis.kind === 'deadline') return { basis: basis.kind, deadline: iso(basis.at) };
  return { basis: basis.kind };
}

export function followUpReason(
  message: { kind: 'message' | 'call'; channel: ChannelKind | null; at: number; timeZone: string },
  unanswered: number,
  waitedMs: number,
  basis: FollowUpBasis,
  now: number,
): Explained {
  const what = yourMessage(message);
  const d = dateTimeText(message.at, message.timeZone, now);
  const b = basisText(basis, now);
  return explained(
    'playbook.follow_up',
    { hoursWaited: hours(waitedMs), messages: String(unanswered), sentAt: iso(message.at), ...basisParams(basis) },
    `No answer for ${hours(waitedMs)} h to ${what.en} of ${d.en} (${b.en}). Send a follow-up.`,
    `${what['zh-CN']}（${d['zh-CN']}）已 ${hours(waitedMs)} 小时无人答复（${b['zh-CN']}）。请发送跟进消息。`,
  );
}

/** The same, when the contact to chase is a step up the ladder ("your formal complaint of 5 Mar"). */
export function followUpStepReason(
  step: { id: number; level: EscalationLevel; at: number; timeZone: string },
  waitedMs: number,
  basis: FollowUpBasis,
  now: number,
): Explained {
  const what = yourStep(step.level);
  const d = dateTimeText(step.at, step.timeZone, now);
  const b = basisText(basis, now);
  return explained(
    'playbook.follow_up',
    { hoursWaited: hours(waitedMs), escalationId: String(step.id), sentAt: iso(step.at), ...basisParams(basis) },
    `No answer for ${hours(waitedMs)} h to ${what.en} of ${d.en} (${b.en}). Send a follow-up.`,
    `${what['zh-CN']}（${d['zh-CN']}）已 ${hours(waitedMs)} 小时无人答复（${b['zh-CN']}）。请发送跟进消息。`,
  );
}

function yourStep(level: EscalationLevel): Bilingual {
  if (level === 'management') return { en: 'your formal complaint', 'zh-CN': '您的正式投诉' };
  const l = LEVEL_NAMES[level];
  return { en: `your request to ${l.en}`, 'zh-CN': `您向${l['zh-CN']}提出的请求` };
}

export function waitingOnYouReason(): Explained {
  return explained(
    'playbook.waiting_on_you',
    {},
    "The platform is waiting on you (for documents or an answer). Send what they asked for; their clocks are paused until you do.",
    '平台正在等待您（提供材料或答复）。请尽快提交对方要求的内容；在此之前，平台的时限暂停计算。',
  );
}

/** Nothing to do yet: what comes next, and when. */
export function waitReason(next: PlaybookAction, level: EscalationLevel | null, at: number, zone: string, now: number): Explained {
  const d = dateTimeText(at, zone, now);
  const l = level ? LEVEL_NAMES[level] : null;
  const what: Bilingual =
    next === 'follow_up'
      ? { en: 'follow up', 'zh-CN': '发送跟进消息' }
      : next === 'ask_escalation' && l
        ? { en: `ask for escalation to ${l.en}`, 'zh-CN': `要求升级至${l['zh-CN']}` }
        : { en: 'consider a complaint to a third party', 'zh-CN': '考虑向第三方投诉' };
  return explained(
    'playbook.wait',
    { next, at: iso(at), ...(level ? { level } : {}) },
    `Nothing to do yet. If there is still no answer by ${d.en}, ${what.en}.`,
    `暂时无需行动。如果到 ${d['zh-CN']} 仍无答复，请${what['zh-CN']}。`,
  );
}
