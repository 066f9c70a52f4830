/**
 * How long the platform made the complainant wait (metrics/waits.ts computes the figures), and the
 * complainant's own rating of the support when they gave one.
 */
import { COLOR } from '../pdfWriter';
import type { SectionContext } from './sectionContext';

export function renderMetrics({ w, data }: SectionContext): void {
  const say = w.wording;
  const m = data.metrics;
  w.heading(say.label('metrics'));
  w.sentences(say.sentences('metricsIntro'));
  const time = (seconds: number | null, empty: 'noAnswerYet' | 'notWaiting') => (seconds === null ? say.label(empty) : say.duration(seconds));
  w.field(say.label('firstResponse'), time(m.firstResponseSeconds, 'noAnswerYet'), { verbatim: true });
  w.field(say.label('medianWait'), time(m.medianWaitSeconds, 'noAnswerYet'), { verbatim: true });
  w.field(say.label('longestWait'), time(m.longestWaitSeconds, 'noAnswerYet'), { verbatim: true });
  w.field(say.label('currentWait'), time(m.currentWaitSeconds, 'notWaiting'), {
    verbatim: true,
    color: m.currentWaitSeconds === null ? undefined : COLOR.warn,
  });
  w.field(say.label('agents'), String(m.agentsInvolved), { verbatim: true });
  w.field(say.label('unanswered'), String(m.unansweredMessages), { verbatim: true });

  if (data.rating) {
    w.subheading(say.label('rating'));
    w.field(say.label('attitude'), say.label('outOf5', { n: data.rating.attitude }), { verbatim: true });
    w.field(say.label('problemSolving'), say.label('outOf5', { n: data.rating.problemSolving }), { verbatim: true });
    if (data.rating.lessons) w.block(say.label('lessons'), data.rating.lessons);
  }
}
