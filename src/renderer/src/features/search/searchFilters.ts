import type { InputOf } from '@shared/api/contract';
import type { Author, ChannelKind, TicketStatus } from '@shared/domain';

/** The filters as the form holds them: '' for "any". */
export interface SearchFilters {
  platformId: string;
  status: TicketStatus | '';
  channel: ChannelKind | '';
  author: Author | '';
  /** YYYY-MM-DD, inclusive, in the viewer's zone. */
  from: string;
  to: string;
}

export const NO_FILTERS: SearchFilters = { platformId: '', status: '', channel: '', author: '', from: '', to: '' };

export const hasFilters = (f: SearchFilters) => Object.values(f).some((v) => v !== '');

/** Start of a local day, or the last millisecond of it, as an instant. */
function localDay(date: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const at = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The search method's input. The query goes as typed: the server treats every character as text. */
export function searchInput(query: string, f: SearchFilters): InputOf<'search'> {
  return {
    query: query.slice(0, 500),
    ...(f.platformId ? { platformId: Number(f.platformId) } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.author ? { author: f.author } : {}),
    ...(f.from ? { from: localDay(f.from, false) } : {}),
    ...(f.to ? { to: localDay(f.to, true) } : {}),
    limit: 50,
  };
}
