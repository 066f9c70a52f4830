/**
 * What the dossier's cover will print as "not given": the complainant's profile, the respondent's
 * facts (kept on the platform) and the fiat value of the dispute (kept on the ticket). The export still
 * works without them; the dialog says which are missing so the user can fill them first.
 */
import type { Platform, Ticket } from '@shared/domain';
import type { Profile } from '@shared/dossier';

export const PROFILE_FACTS = ['name', 'contact', 'country'] as const;
export const PLATFORM_FACTS = ['legalEntity', 'registrationNumber', 'jurisdiction', 'accountUid'] as const;

export type ProfileFact = (typeof PROFILE_FACTS)[number];
export type PlatformFact = (typeof PLATFORM_FACTS)[number];

export interface MissingCoverFacts {
  profile: ProfileFact[];
  platform: PlatformFact[];
  fiatValue: boolean;
}

const blank = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

/** Missing facts; a part that could not be read (null) is not reported as missing. */
export function missingCoverFacts(profile: Profile | null, platform: Platform | null, ticket: Ticket): MissingCoverFacts {
  return {
    profile: profile ? PROFILE_FACTS.filter((fact) => blank(profile[fact])) : [],
    platform: platform ? PLATFORM_FACTS.filter((fact) => blank(platform[fact])) : [],
    fiatValue: blank(ticket.fiatAmount) || blank(ticket.fiatCurrency),
  };
}

export function isComplete(missing: MissingCoverFacts): boolean {
  return missing.profile.length === 0 && missing.platform.length === 0 && !missing.fiatValue;
}
