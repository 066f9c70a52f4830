import type { TFunction } from 'i18next';
import type { ImportResult } from '@shared/domain';

type Warning = ImportResult['warnings'][number];

/** Warning codes with a translation (importer.warnings.*); anything else shows the server's message. */
export const KNOWN_WARNINGS = [
  'orphan_line',
  'date_given_ignored',
  'date_order_conflict',
  'date_order_overridden',
  'invalid_date',
  'invalid_time',
  'nonexistent_time',
  'ambiguous_time',
  'row_width',
  'file_skipped',
  'duplicate_message',
  'media_not_included',
  'attachments_not_included',
  'next_day_assumed',
  'time_out_of_order',
  'time_missing',
  'encoding_guessed',
  'undecodable_line',
  'text_too_long',
  'me_not_found',
  'more_warnings',
  'unsafe_path',
  'attachment_unreadable',
  'attachment_missing',
  'attachment_empty',
  'attachment_too_large',
  'missing_sender',
  'date_from_received',
  'date_assumed',
  'unterminated_quote',
  'bad_message',
] as const;
type KnownWarning = (typeof KNOWN_WARNINGS)[number];

const isKnown = (code: string): code is KnownWarning => (KNOWN_WARNINGS as readonly string[]).includes(code);

/** A warning in the user's language when its code is known, else as the server wrote it. */
export function warningText(warning: Warning, t: TFunction): string {
  return isKnown(warning.code) ? t(`importer.warnings.${warning.code}`) : warning.message;
}
