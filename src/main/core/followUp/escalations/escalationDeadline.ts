/**
 * The deadline a step starts when the user gives none, from the venue directory's numeric rules:
 *  - a third-party step to a venue that answers within N days of receiving a complaint (CFPB: the company
 *    has 15 days) → at + N days;
 *  - a management (formal complaint) step when the platform's jurisdiction has a venue whose rule counts
 *    from the complaint to the firm (UK FOS: the firm has 8 weeks) → at + 56 days.
 * The venue's id is stored with the step so the clocks know the deadline is a regulator's, not a guess.
 * Days are calendar days in the user's zone, so "8 weeks" keeps its wall time across a daylight-saving change.
 */
import type { EscalationLevel, Venue, VenueDeadline } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { allVenues, jurisdictionOf } from '../venues/venueStore';
import { venueCovers } from '../venues/venueMatch';
import { addLocalDays } from '../zoneCalendar';
import type { DeadlineOrigin } from './escalationText';

export interface DerivedDeadline {
  deadlineAt: string;
  venueId: string;
  origin: DeadlineOrigin;
}

export function deriveDeadline(
  ctx: CoreContext,
  step: { level: EscalationLevel; at: string; venue: Venue | null; platformId: number },
  zone: string,
): DerivedDeadline | null {
  const found = ruleFor(ctx, step);
  if (!found) return null;
  const days = found.rule.days!;
  return {
    deadlineAt: addCalendarDays(step.at, days, zone),
    venueId: found.venue.id,
    origin: { venue: found.venue, days, rule: found.rule.text },
  };
}

function ruleFor(
  ctx: CoreContext,
  step: { level: EscalationLevel; venue: Venue | null; platformId: number },
): { venue: Venue; rule: VenueDeadline } | null {
  if (step.level === 'third_party' && step.venue) {
    const rule = shortest(step.venue.deadlines.filter((d) => d.from === 'venue_receipt'));
    return rule ? { venue: step.venue, rule } : null;
  }
  if (step.level === 'management') {
    const jurisdiction = jurisdictionOf(ctx, step.platformId);
    if (!jurisdiction) return null;
    for (const venue of allVenues(ctx)) {
      if (!venueCovers(venue, jurisdiction)) continue;
      const rule = shortest(venue.deadlines.filter((d) => d.from === 'complaint_to_firm'));
      if (rule) return { venue, rule };
    }
  }
  return null;
}

/** The nearest numeric rule: the first deadline the user must watch. */
function shortest(deadlines: VenueDeadline[]): VenueDeadline | null {
  const numeric = deadlines.filter((d) => d.days !== null).sort((a, b) => a.days! - b.days!);
  return numeric[0] ?? null;
}

const DAY = 86_400_000;

/** `instant` + `days` calendar days at the same wall time in `zone`; plain 24-hour days where the zone's calendar is not known (before 1900, after 2199). */
export function addCalendarDays(instant: string, days: number, zone: string): string {
  const start = Date.parse(instant);
  const year = new Date(start).getUTCFullYear();
  const onCalendar = year >= 1900 ? addLocalDays(start, zone, days) : null;
  return new Date(onCalendar ?? start + days * DAY).toISOString();
}
