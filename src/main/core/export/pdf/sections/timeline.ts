/**
 * The chronological overview: every entry, escalation and added evidence file in one list, in UTC so the
 * order is plain. A long ticket (more than 150 entries and files) shows its entries and files as one line
 * per day with counts: a thousand one-liners would repeat the transcript without giving an overview.
 * Escalations are always listed one by one: they are the steps a reader looks for.
 */
import { VOCABULARY } from '../labels';
import { COLOR, SIZE } from '../pdfWriter';
import { utc, type SectionContext } from './sectionContext';

const ITEMIZED_UP_TO = 150;
const EXCERPT = 90;

interface Line {
  at: string;
  /** Sort order among lines of the same instant. */
  rank: number;
  text: string;
  color?: string;
}

export function renderTimeline({ w, data, evidenceLabel }: SectionContext): void {
  const say = w.wording;
  w.heading(say.label('timeline'));
  w.sentences(say.sentences('timelineIntro'));

  const lines: Line[] = [];
  const itemized = data.entries.length + data.evidence.length <= ITEMIZED_UP_TO;
  if (itemized) {
    for (const entry of data.entries) {
      const who = say.say(VOCABULARY.author[entry.author]) + (entry.agentName ? ` (${entry.agentName})` : '');
      const via = entry.channel ? ` · ${say.say(VOCABULARY.channel[entry.channel])}` : '';
      lines.push({ at: entry.occurredAt, rank: 0, text: `${utc(entry.occurredAt)}  ${who}${via}: ${excerpt(entry.text)}` });
    }
    for (const item of data.evidence) {
      lines.push({ at: item.addedAt, rank: 2, text: `${utc(item.addedAt)}  ${say.label('evidenceAdded')}: ${evidenceLabel.get(item.id)} ${item.originalName}` });
    }
  } else {
    const days = new Map<string, { me: number; agent: number; all: number; files: number }>();
    const day = (instant: string) => {
      const key = instant.slice(0, 10);
      const counts = days.get(key) ?? { me: 0, agent: 0, all: 0, files: 0 };
      days.set(key, counts);
      return counts;
    };
    for (const entry of data.entries) {
      const counts = day(entry.occurredAt);
      counts.all++;
      if (entry.author === 'me') counts.me++;
      if (entry.author === 'agent') counts.agent++;
    }
    for (const item of data.evidence) day(item.addedAt).files++;
    for (const [key, counts] of days) {
      const parts = [
        counts.all ? say.label('timelineDay', { n: counts.all, me: counts.me, agent: counts.agent }) : '',
        counts.files ? say.label('timelineEvidenceDay', { n: counts.files }) : '',
      ].filter(Boolean);
      lines.push({ at: `${key}T00:00:00.000Z`, rank: 0, text: `${key}  ${parts.join('; ')}` });
    }
  }
  for (const step of data.escalations) {
    const level = say.say(VOCABULARY.level[step.level]) + (step.venueKind ? ` (${say.say(VOCABULARY.venue[step.venueKind])})` : '');
    const to = step.toWhom ? ` → ${step.toWhom}` : '';
    const ref = step.reference ? ` [${step.reference}]` : '';
    lines.push({ at: step.at, rank: 1, text: `${utc(step.at)}  ${say.label('escalation')}: ${level}${to}${ref}`, color: COLOR.accent });
  }

  if (lines.length === 0) {
    w.paragraph(say.label('nothingRecorded'), { color: COLOR.muted, verbatim: true });
    return;
  }
  lines.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.rank - b.rank));
  for (const line of lines) w.paragraph(line.text, { size: SIZE.small, color: line.color, gap: 1.5 });
}

/** The first line of a message, cut at 90 characters: the transcript has the rest. */
function excerpt(text: string): string {
  const first = text.trim().split(/\r?\n/, 1)[0] ?? '';
  const chars = [...first];
  return chars.length > EXCERPT || text.trim().includes('\n') ? `${chars.slice(0, EXCERPT).join('')}...` : first;
}
