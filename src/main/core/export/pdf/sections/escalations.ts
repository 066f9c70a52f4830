/**
 * The escalation ladder as the user climbed it: each step with whom it went to, the reference number they
 * gave, the deadline it started (marked when it passed unanswered by the export time) and the answer.
 */
import { VOCABULARY } from '../labels';
import { COLOR } from '../pdfWriter';
import { utc, type SectionContext } from './sectionContext';

/** About seven one-line fields. */
const STEP_HEIGHT = 110;

export function renderEscalations({ w, data, options }: SectionContext): void {
  const say = w.wording;
  w.heading(say.label('escalations'));
  if (data.escalations.length === 0) {
    w.paragraph(say.label('noEscalations'), { color: COLOR.muted, verbatim: true });
    return;
  }
  const now = options.exportedAt.toISOString();
  data.escalations.forEach((step, index) => {
    const level = say.say(VOCABULARY.level[step.level]) + (step.venueKind ? ` (${say.say(VOCABULARY.venue[step.venueKind])})` : '');
    // A step's seven facts are read together: start it on a new page rather than split them.
    w.subheading(`${index + 1}. ${level}`, true, STEP_HEIGHT);
    w.field(say.label('date'), utc(step.at), { verbatim: true });
    w.field(say.label('toWhom'), step.toWhom);
    w.field(say.label('channel'), step.channel ? say.say(VOCABULARY.channel[step.channel]) : null, { verbatim: true });
    w.field(say.label('reference'), step.reference);
    if (step.deadlineAt) {
      const passed = !step.answeredAt && step.deadlineAt < now;
      w.field(say.label('deadline'), `${utc(step.deadlineAt)}${passed ? ` (${say.label('deadlinePassed')})` : ''}`, {
        verbatim: true,
        color: passed ? COLOR.warn : undefined,
      });
    } else {
      w.field(say.label('deadline'), null);
    }
    w.field(say.label('answeredAt'), step.answeredAt ? utc(step.answeredAt) : null, { verbatim: true });
    if (step.answer) w.block(say.label('answer'), step.answer);
    if (step.notes) w.block(say.label('notes'), step.notes);
  });
}
