/**
 * The shipped venue directory (resources/venues/venues.json), validated once at load with zod. Like the
 * guard's lists (guard/data.ts) the file is a JSON import, bundled into the main process by the build, so
 * it is found the same way in dev, tests, web mode and a packaged app, with no file access at run time.
 */
import { z } from 'zod';
import { VENUE_KINDS, type Venue } from '../../../../shared/followUp';
import venuesFile from '../../../../../resources/venues/venues.json';

export class VenueDataError extends Error {
  override name = 'VenueDataError';
}

const sentence = z.string().trim().min(1);
const bilingual = z.strictObject({ en: sentence, 'zh-CN': sentence });
/** Official pages only, over https: the user opens them and the dossier cites them. */
const httpsUrl = z.url({ protocol: /^https$/ });

const venueSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, { message: 'ids look like "uk-fos": a region, a dash, a name' }),
  name: bilingual,
  jurisdiction: z.string().regex(/^[A-Z]{2}$/),
  kind: z.enum(VENUE_KINDS),
  url: httpsUrl,
  covers: bilingual,
  needs: bilingual,
  deadlines: z.array(
    z.strictObject({
      days: z.number().int().positive().nullable(),
      from: z.enum(['complaint_to_firm', 'final_response', 'incident', 'venue_receipt']),
      text: bilingual,
    }),
  ),
  uploadLimits: z
    .strictObject({
      maxFiles: z.number().int().positive(),
      maxFileBytes: z.number().int().positive(),
      types: z.array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/)).min(1),
    })
    .nullable(),
  caveats: z.array(bilingual),
  sources: z.array(httpsUrl).min(1, { message: 'every venue cites at least one source' }),
});

const directorySchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().optional(),
  venues: z.array(venueSchema).min(1),
});

export interface VenueDirectory {
  version: string;
  venues: readonly Venue[];
}

/** Validates the directory; throws VenueDataError naming the faulty field. */
export function loadVenueDirectory(raw: unknown): VenueDirectory {
  const parsed = directorySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new VenueDataError(`venues.json ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const seen = new Set<string>();
  for (const venue of parsed.data.venues) {
    if (seen.has(venue.id)) throw new VenueDataError(`venues.json: duplicate id ${venue.id}`);
    seen.add(venue.id);
  }
  return {
    version: parsed.data.version,
    venues: parsed.data.venues.map((venue) => Object.freeze({ ...venue, builtIn: true })),
  };
}

export const VENUE_DIRECTORY: VenueDirectory = loadVenueDirectory(venuesFile);
