/**
 * The contacts and messages the guard flagged as possible impersonation of the platform's support (from
 * ../../impersonation.ts, the same list the transcripts carry). Left out when nothing was flagged.
 */
import { hasSuspicions, suspectedImpersonation } from '../../impersonation';
import { VOCABULARY } from '../labels';
import { COLOR, SIZE } from '../pdfWriter';
import { entryTime, type SectionContext } from './sectionContext';

export function renderImpersonation({ w, data }: SectionContext): void {
  const suspicions = suspectedImpersonation(data);
  if (!hasSuspicions(suspicions)) return;
  const say = w.wording;
  const reason = (text: { en: string; 'zh-CN': string }) => say.say({ en: text.en, zh: text['zh-CN'] });

  w.heading(say.label('impersonation'));
  w.sentences(say.sentences('impersonationIntro'));
  if (suspicions.contacts.length > 0) {
    w.subheading(say.label('contacts'));
    for (const { channel, reasons } of suspicions.contacts) {
      w.paragraph(`${say.say(VOCABULARY.channel[channel.kind])}: ${channel.address}`, { bold: true, size: SIZE.small, color: COLOR.warn });
      for (const r of reasons) w.paragraph(`- ${reason(r.text)}`, { size: SIZE.small, indent: 12 });
    }
  }
  if (suspicions.messages.length > 0) {
    w.subheading(say.label('messages'));
    for (const { entry, flags } of suspicions.messages) {
      const who = say.say(VOCABULARY.author[entry.author]) + (entry.agentName ? ` · ${entry.agentName}` : '');
      w.paragraph(`${who} · ${entryTime(entry)}`, { bold: true, size: SIZE.small });
      for (const flag of flags) {
        w.paragraph(`"${flag.excerpt}": ${reason(flag.reason.text)}`, { size: SIZE.small, indent: 12, color: COLOR.warn });
      }
    }
  }
}
