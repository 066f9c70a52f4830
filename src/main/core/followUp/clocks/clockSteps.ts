/**
 * The steps of a clock's explanation ("Sent 1 Mar 10:15 (Asia/Shanghai)", "+24 h promised on email",
 * "+2 d 3 h paused while waiting on you (3 Mar–5 Mar)", "= due 4 Mar 13:15"), each an Explained: a code, its
 * figures as params (instants in UTC ISO, durations in seconds) and the sentence in both languages.
 */
import type { ChannelKind } from '../../../../shared/domain';
import type { Bilingual, Explained } from '../../../../shared/followUp';
import type { Spell } from '../../tickets/statusHistory';
import { CHANNEL_NAMES, dateTimeText, durationText, hoursText, spanText } from './timeText';

const iso = (ms: number) => new Date(ms).toISOString();
const seconds = (ms: number) => String(Math.round(ms / 1000));

function step(code: string, params: Record<string, string>, text: Bilingual): Explained {
  return { code, params, text };
}

export function sentStep(at: number, timeZone: string, kind: 'message' | 'call', now: number): Explained {
  const t = dateTimeText(at, timeZone, now);
  return step('clock.sent', { at: iso(at), timeZone, kind }, {
    en: `${kind === 'call' ? 'Called' : 'Sent'} ${t.en} (${timeZone})`,
    'zh-CN': `${t['zh-CN']} ${kind === 'call' ? '致电' : '发出'}（${timeZone}）`,
  });
}

export function promisedStep(hours: number, channel: ChannelKind, address: string): Explained {
  const h = hoursText(hours);
  const c = CHANNEL_NAMES[channel];
  return step('clock.promised', { hours: String(hours), channel, address }, {
    en: `+${h.en} promised on ${c.en}`,
    'zh-CN': `+${h['zh-CN']}：平台承诺的${c['zh-CN']}回复时间`,
  });
}

/** One spell of waiting on me that moved the due time (or, for a clock counting up, was left out of it). */
export function pausedStep(spell: Spell, timeZone: string, now: number, ongoing: boolean): Explained {
  const d = durationText(spell.end - spell.start);
  const params = { from: iso(spell.start), to: iso(spell.end), seconds: seconds(spell.end - spell.start), ongoing: String(ongoing) };
  if (ongoing) {
    const since = dateTimeText(spell.start, timeZone, now);
    return step('clock.paused', params, {
      en: `+${d.en} paused so far while waiting on you (since ${since.en})`,
      'zh-CN': `+${d['zh-CN']}：自 ${since['zh-CN']} 起等待您处理，至今暂停`,
    });
  }
  const span = spanText(spell.start, spell.end, timeZone, now);
  return step('clock.paused', params, {
    en: `+${d.en} paused while waiting on you (${span.en})`,
    'zh-CN': `+${d['zh-CN']}：等待您处理期间暂停（${span['zh-CN']}）`,
  });
}

export function dueStep(due: number, timeZone: string, now: number): Explained {
  const t = dateTimeText(due, timeZone, now);
  return step('clock.due', { at: iso(due), timeZone }, { en: `= due ${t.en}`, 'zh-CN': `= ${t['zh-CN']} 到期` });
}

/** The end of a clock that only counts up: how long so far, pauses left out. */
export function waitedStep(waitedMs: number, pausedMs: number): Explained {
  const w = durationText(waitedMs);
  const p = durationText(pausedMs);
  return step('clock.waited', { seconds: seconds(waitedMs), pausedSeconds: seconds(pausedMs) }, {
    en: pausedMs > 0 ? `= ${w.en} waiting so far, not counting ${p.en} paused` : `= ${w.en} waiting so far`,
    'zh-CN': pausedMs > 0 ? `= 已等待 ${w['zh-CN']}（不含暂停的 ${p['zh-CN']}）` : `= 已等待 ${w['zh-CN']}`,
  });
}

export function reminderSetStep(createdAt: number, due: number, timeZone: string, now: number): Explained {
  const c = dateTimeText(createdAt, timeZone, now);
  const d = dateTimeText(due, timeZone, now);
  return step('clock.reminder', { createdAt: iso(createdAt), at: iso(due), timeZone }, {
    en: `Reminder set on ${c.en} for ${d.en} (${timeZone})`,
    'zh-CN': `${c['zh-CN']} 设置的提醒，定于 ${d['zh-CN']}（${timeZone}）`,
  });
}

export function repeatsStep(everyDays: number | null, untilReply: boolean): Explained {
  const params = { everyDays: everyDays === null ? '' : String(everyDays), untilReply: String(untilReply) };
  if (everyDays === null) {
    return step('clock.until_reply', params, { en: 'Ends by itself when they answer', 'zh-CN': '对方答复后自动结束' });
  }
  return step('clock.repeats', params, {
    en: `Repeats every ${everyDays} day${everyDays === 1 ? '' : 's'}${untilReply ? ' until they answer' : ''}`,
    'zh-CN': `每 ${everyDays} 天重复${untilReply ? '，直到对方答复' : ''}`,
  });
}

export function escalatedStep(at: number, timeZone: string, level: Bilingual, now: number): Explained {
  const t = dateTimeText(at, timeZone, now);
  return step('clock.escalated', { at: iso(at), timeZone }, {
    en: `Escalated to ${level.en} on ${t.en} (${timeZone})`,
    'zh-CN': `${t['zh-CN']} 升级至${level['zh-CN']}（${timeZone}）`,
  });
}

export function deadlineStep(deadline: number, timeZone: string, now: number): Explained {
  const t = dateTimeText(deadline, timeZone, now);
  return step('clock.deadline', { at: iso(deadline), timeZone }, { en: `Deadline: ${t.en}`, 'zh-CN': `期限：${t['zh-CN']}` });
}

/** A venue's rule (the ombudsman's 8 weeks) is not the platform's promise: it does not stop for the user. */
export function noPauseStep(ruleOf: Bilingual): Explained {
  return step('clock.no_pause', {}, {
    en: `The rule of ${ruleOf.en}: this deadline keeps running while the ticket waits on you`,
    'zh-CN': `这是${ruleOf['zh-CN']}的规定：等待您处理期间，此期限不暂停`,
  });
}
