/**
 * Times and durations as the clocks' explanations print them, in both UI languages: wall times in the zone
 * the thing happened in ("1 Mar 10:15" / "3月1日 10:15", with the year only when it is not this year),
 * durations in days, hours and minutes ("2 d 3 h" / "2 天 3 小时").
 */
import type { ChannelKind } from '../../../../shared/domain';
import type { Bilingual, EscalationLevel, VenueKind } from '../../../../shared/followUp';
import { wallTimeAt } from '../zoneCalendar';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** This year in a zone, remembered for the instant asked about (a dashboard prints hundreds of dates per `now`). */
const thisYear = new Map<string, number>();
function yearAt(now: number, timeZone: string): number {
  const key = `${timeZone}|${now}`;
  let year = thisYear.get(key);
  if (year === undefined) {
    if (thisYear.size > 1000) thisYear.clear();
    year = wallTimeAt(now, timeZone).year;
    thisYear.set(key, year);
  }
  return year;
}

/** "1 Mar" / "3月1日" (with the year when it differs from now's, in the same zone). */
function dateText(ms: number, timeZone: string, now: number): Bilingual {
  return dateOf(wallTimeAt(ms, timeZone), yearAt(now, timeZone));
}

function dateOf(w: { year: number; month: number; day: number }, currentYear: number): Bilingual {
  const withYear = w.year !== currentYear;
  return {
    en: `${w.day} ${MONTHS[w.month - 1]}${withYear ? ` ${w.year}` : ''}`,
    'zh-CN': `${withYear ? `${w.year}年` : ''}${w.month}月${w.day}日`,
  };
}

/** "1 Mar 10:15" / "3月1日 10:15". */
export function dateTimeText(ms: number, timeZone: string, now: number): Bilingual {
  const w = wallTimeAt(ms, timeZone);
  const date = dateOf(w, yearAt(now, timeZone));
  const time = `${pad(w.hour)}:${pad(w.minute)}`;
  return { en: `${date.en} ${time}`, 'zh-CN': `${date['zh-CN']} ${time}` };
}

/** "3 Mar–5 Mar", or "3 Mar 09:00–15:00" within one day. */
export function spanText(start: number, end: number, timeZone: string, now: number): Bilingual {
  const a = wallTimeAt(start, timeZone);
  const b = wallTimeAt(end, timeZone);
  if (a.year === b.year && a.month === b.month && a.day === b.day) {
    const from = dateTimeText(start, timeZone, now);
    const to = `${pad(b.hour)}:${pad(b.minute)}`;
    return { en: `${from.en}–${to}`, 'zh-CN': `${from['zh-CN']}–${to}` };
  }
  const from = dateText(start, timeZone, now);
  const to = dateText(end, timeZone, now);
  return { en: `${from.en}–${to.en}`, 'zh-CN': `${from['zh-CN']}–${to['zh-CN']}` };
}

/** "2 d 3 h 5 min" / "2 天 3 小时 5 分钟", to the nearest minute. */
export function durationText(ms: number): Bilingual {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts: [number, string, string][] = [
    [d, 'd', '天'],
    [h, 'h', '小时'],
    [m, 'min', '分钟'],
  ];
  const shown = minutes === 0 ? [parts[2]!] : parts.filter(([n]) => n > 0);
  return { en: shown.map(([n, u]) => `${n} ${u}`).join(' '), 'zh-CN': shown.map(([n, , u]) => `${n} ${u}`).join(' ') };
}

/** A promised time as the platform states it: "24 h" (not "1 d"), "1 h 30 min", "15 min". */
export function hoursText(hours: number): Bilingual {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return {
    en: [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' '),
    'zh-CN': [h ? `${h} 小时` : '', m ? `${m} 分钟` : ''].filter(Boolean).join(' '),
  };
}

export const CHANNEL_NAMES: Record<ChannelKind, Bilingual> = {
  live_chat: { en: 'live chat', 'zh-CN': '在线客服' },
  email: { en: 'email', 'zh-CN': '邮件' },
  phone: { en: 'phone', 'zh-CN': '电话' },
  social: { en: 'social media', 'zh-CN': '社交媒体' },
  forum: { en: 'forum', 'zh-CN': '论坛' },
  ticket_form: { en: 'ticket form', 'zh-CN': '工单表单' },
};

export const LEVEL_NAMES: Record<EscalationLevel, Bilingual> = {
  frontline: { en: 'frontline support', 'zh-CN': '一线客服' },
  senior: { en: 'senior support', 'zh-CN': '高级客服或主管' },
  management: { en: 'management', 'zh-CN': '管理层或正式投诉部门' },
  third_party: { en: 'the third party', 'zh-CN': '第三方机构' },
};

export const VENUE_KIND_NAMES: Record<VenueKind, Bilingual> = {
  regulator: { en: 'the regulator', 'zh-CN': '监管机构' },
  ombudsman: { en: 'the ombudsman', 'zh-CN': '金融申诉专员' },
  dispute_scheme: { en: 'the dispute scheme', 'zh-CN': '争议解决机构' },
  consumer_body: { en: 'the consumer body', 'zh-CN': '消费者组织' },
  police: { en: 'the police', 'zh-CN': '警方' },
};

const YOUR_MESSAGE: Record<ChannelKind, Bilingual> = {
  live_chat: { en: 'your live-chat message', 'zh-CN': '您在在线客服的留言' },
  email: { en: 'your email', 'zh-CN': '您的邮件' },
  phone: { en: 'your call', 'zh-CN': '您的电话' },
  social: { en: 'your social-media message', 'zh-CN': '您在社交媒体的留言' },
  forum: { en: 'your forum post', 'zh-CN': '您的论坛帖子' },
  ticket_form: { en: 'your support ticket', 'zh-CN': '您提交的工单' },
};

/** How a message is named in labels: "your email", "your call", "your message". */
export function yourMessage(m: { kind: 'message' | 'call'; channel: ChannelKind | null }): Bilingual {
  if (m.kind === 'call') return YOUR_MESSAGE.phone;
  return m.channel ? YOUR_MESSAGE[m.channel] : { en: 'your message', 'zh-CN': '您的消息' };
}
