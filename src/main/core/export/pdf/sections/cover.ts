/**
 * The cover: who complains, about whom, about what, how much, and what they want, on one page a case
 * officer can read first. Every field is printed, with "not given" when empty, so a gap is visible rather
 * than silently missing.
 */
import { VOCABULARY } from '../labels';
import { COLOR, SIZE } from '../pdfWriter';
import { maskUid } from '../../redact';
import { regionName } from '../regionName';
import { utc, type SectionContext } from './sectionContext';

export function renderCover({ w, data, options, core }: SectionContext): void {
  const { ticket, platform, profile } = data;
  const say = w.wording;

  w.title(say.label('docTitle'));
  w.paragraph(`${ticket.title}`, { size: SIZE.subheading, bold: true });
  if (options.partLabel) w.paragraph(options.partLabel, { color: COLOR.muted, verbatim: true });
  w.space(4);
  if (options.redact) {
    w.sentences(say.sentences('redacted'), { color: COLOR.warn, size: SIZE.small });
    w.space(4);
  }

  w.subheading(say.label('complainant'));
  w.field(say.label('name'), profile.name);
  w.field(say.label('contact'), profile.contact);
  const region = (code: string | null) => (code ? say.say(regionName(code)) : null);
  w.field(say.label('country'), region(profile.country));
  w.field(say.label('postalAddress'), profile.postalAddress);
  // The UID is masked here whatever its length (in running text only UIDs of 4+ characters are).
  const uid = platform.accountUid;
  w.field(say.label('accountUid'), uid && options.redact ? maskUid(uid) : uid, { verbatim: true });

  w.subheading(say.label('respondent'));
  w.field(say.label('platform'), platform.name);
  w.field(say.label('legalEntity'), platform.legalEntity);
  w.field(say.label('registrationNumber'), platform.registrationNumber);
  w.field(say.label('jurisdiction'), region(platform.jurisdiction));
  w.field(say.label('website'), platform.website);

  w.subheading(say.label('dispute'));
  w.field(say.label('ticket'), `#${ticket.id}`, { verbatim: true });
  w.field(say.label('platformRefs'), ticket.platformRefs.join(', ') || null);
  w.field(say.label('category'), say.say(VOCABULARY.category[ticket.category]), { verbatim: true });
  w.field(say.label('status'), say.say(VOCABULARY.status[ticket.status]), { verbatim: true });
  w.field(say.label('openedAt'), utc(ticket.openedAt), { verbatim: true });
  w.field(say.label('amountInDispute'), ticket.amounts.map((a) => `${a.amount} ${a.asset}`).join('; ') || null);
  w.field(
    say.label('fiatValue'),
    ticket.fiatAmount ? `${ticket.fiatAmount}${ticket.fiatCurrency ? ` ${ticket.fiatCurrency}` : ''}` : null,
  );
  w.block(say.label('desiredOutcome'), ticket.desiredOutcome);
  w.block(say.label('summary'), ticket.summary);

  w.space(8);
  w.sentences(
    // Not the audit fingerprint: it changes with every export (each is audited), and the PDF must depend
    // only on the ticket and the export time. manifest.json in the ZIP carries it.
    say.sentences('madeBy', { version: core.appVersion, time: utc(options.exportedAt.toISOString()) }),
    { size: SIZE.tiny },
  );
}
