/**
 * letters.render: a template filled from the ticket's facts, in the template's language and the user's
 * zone. A placeholder the record cannot fill becomes a visible marker and is listed in `missing`, so the
 * user sees exactly what to complete before sending; nothing is left blank silently.
 */
import type { ParsedInputOf } from '../../../../shared/api/contract';
import type { LetterPlaceholder, RenderedLetter } from '../../../../shared/followUp';
import type { CoreContext } from '../../context';
import { CasefileError } from '../../errors';
import { requireTicket } from '../../tickets/ticketGuards';
import { userZone } from '../userZone';
import { findVenue } from '../venues/venueStore';
import { letterFacts } from './letterFacts';
import { missingMarker } from './letterLabels';
import { fillPlaceholders } from './placeholders';
import { getTemplate } from './templateStore';

export function renderLetter(ctx: CoreContext, input: ParsedInputOf<'letters.render'>): RenderedLetter {
  requireTicket(ctx, input.ticketId);
  const template = getTemplate(ctx, input.templateId);
  let venue = null;
  if (input.venueId !== undefined) {
    venue = findVenue(ctx, input.venueId);
    if (!venue) {
      throw new CasefileError('invalid_input', `venueId: No venue "${input.venueId}" in the directory; pick one from venues.list`, 'venueId');
    }
  }
  const language = template.language;
  const facts = letterFacts(ctx, input.ticketId, language, userZone(ctx, input.ticketId), venue);
  const missing: LetterPlaceholder[] = [];
  const valueOf = (name: LetterPlaceholder): string => {
    const value = facts[name];
    if (value !== null && value.trim() !== '') return value;
    if (!missing.includes(name)) missing.push(name);
    return missingMarker(name, language);
  };
  const subject = fillPlaceholders(template.subject, valueOf);
  const text = fillPlaceholders(template.body, valueOf);
  return { templateId: template.id, language, subject, text, missing };
}
