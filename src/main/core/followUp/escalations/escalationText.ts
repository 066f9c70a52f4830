/**
 * The timeline line that records an escalation step.
 *
 * Why both languages in one entry: the entry is stored text, not a UI string the app can translate when
 * it is shown. It is read by the user (who may work in either language) and, through the exported
 * dossier, by a third party (a regulator, an ombudsman, the police) who may read only English. A short
 * English line followed by the same line in Chinese serves every reader and never needs rewriting when
 * the user switches the UI language.
 */
import type { ChannelKind } from '../../../../shared/domain';
import type { Escalation, EscalationLevel, LetterLanguage, Venue, VenueKind } from '../../../../shared/followUp';
import { formatDay, formatDayTime } from '../localFormat';

const LEVEL: Record<EscalationLevel, Record<LetterLanguage, string>> = {
  frontline: { en: 'frontline support', 'zh-CN': '一线客服' },
  senior: { en: 'senior support / supervisor', 'zh-CN': '高级客服 / 主管' },
  management: { en: 'management / formal complaints', 'zh-CN': '管理层 / 正式投诉部门' },
  third_party: { en: 'third party', 'zh-CN': '第三方' },
};

const VENUE_KIND_LABEL: Record<VenueKind, Record<LetterLanguage, string>> = {
  regulator: { en: 'regulator', 'zh-CN': '监管机构' },
  ombudsman: { en: 'ombudsman', 'zh-CN': '申诉专员' },
  dispute_scheme: { en: 'dispute resolution scheme', 'zh-CN': '纠纷解决机构' },
  consumer_body: { en: 'consumer organisation', 'zh-CN': '消费者组织' },
  police: { en: 'police', 'zh-CN': '警方' },
};

export const CHANNEL_LABEL: Record<ChannelKind, Record<LetterLanguage, string>> = {
  live_chat: { en: 'live chat', 'zh-CN': '在线客服' },
  email: { en: 'email', 'zh-CN': '电子邮件' },
  phone: { en: 'phone', 'zh-CN': '电话' },
  social: { en: 'social media', 'zh-CN': '社交媒体' },
  forum: { en: 'forum', 'zh-CN': '论坛' },
  ticket_form: { en: 'ticket form', 'zh-CN': '工单表单' },
};

/** Where a deadline came from, for the entry ("8 weeks under the UK Financial Ombudsman Service's rule"). */
export interface DeadlineOrigin {
  venue: Venue;
  days: number;
  rule: { en: string; 'zh-CN': string };
}

/** What a step is called: "senior support / supervisor", "third party: Financial Ombudsman Service (UK)". */
export function stepName(step: Pick<Escalation, 'level' | 'venueKind'>, venue: Venue | null, language: LetterLanguage): string {
  const level = LEVEL[step.level][language];
  if (step.level !== 'third_party') return level;
  const to = venue ? venue.name[language] : step.venueKind ? VENUE_KIND_LABEL[step.venueKind][language] : null;
  if (!to) return level;
  return language === 'zh-CN' ? `${level}：${to}` : `${level}: ${to}`;
}

/** The entry text: one English paragraph, then the same in Chinese. */
export function escalationEntryText(
  step: Omit<Escalation, 'id' | 'entryId' | 'createdAt' | 'ticketId'>,
  venue: Venue | null,
  origin: DeadlineOrigin | null,
  zone: string,
): string {
  return [lineIn('en', step, venue, origin, zone), lineIn('zh-CN', step, venue, origin, zone)].join('\n\n');
}

function lineIn(
  language: LetterLanguage,
  step: Omit<Escalation, 'id' | 'entryId' | 'createdAt' | 'ticketId'>,
  venue: Venue | null,
  origin: DeadlineOrigin | null,
  zone: string,
): string {
  const zh = language === 'zh-CN';
  let head = zh ? `升级 → ${stepName(step, venue, language)}` : `Escalation → ${stepName(step, venue, language)}`;
  if (step.channel) head += zh ? `（${CHANNEL_LABEL[step.channel][language]}）` : ` (${CHANNEL_LABEL[step.channel][language]})`;
  const parts = [head];
  if (step.toWhom) parts.push(zh ? `对象：${step.toWhom}` : `to ${step.toWhom}`);
  if (step.reference) parts.push(zh ? `编号 ${step.reference}` : `ref ${step.reference}`);
  const lines = [parts.join(zh ? '，' : ', ')];
  if (step.deadlineAt) {
    const when = formatDay(step.deadlineAt, zone, language);
    if (origin) {
      lines.push(
        zh
          ? `期限：${when}（按${origin.venue.name[language]}的规定计 ${origin.days} 天：${origin.rule[language]}）`
          : `Deadline: ${when} (${origin.days} days, from ${origin.venue.name[language]}: ${origin.rule[language]})`,
      );
    } else {
      lines.push(zh ? `期限：${when}` : `Deadline: ${when}`);
    }
  }
  if (step.answer || step.answeredAt) {
    const when = step.answeredAt ? formatDayTime(step.answeredAt, zone, language) : null;
    const label = zh ? (when ? `答复（${when}）` : '答复') : when ? `Answer (${when})` : 'Answer';
    lines.push(`${label}${zh ? '：' : ': '}${step.answer ?? (zh ? '（未记录内容）' : '(text not recorded)')}`);
  }
  if (step.notes) lines.push(`${zh ? '备注：' : 'Notes: '}${step.notes}`);
  return lines.join('\n');
}
