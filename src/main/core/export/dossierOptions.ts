/** The options every dossier export takes (export.zip, export.pdf, export.start), with their defaults. */
import type { DossierLanguage } from '../../../shared/dossier';

export interface DossierOptions {
  language: DossierLanguage;
  redact: boolean;
}

/** Both languages unless asked otherwise: the recipient may read either. */
export function dossierOptions(input: { language?: DossierLanguage | undefined; redact?: boolean | undefined }): DossierOptions {
  return { language: input.language ?? 'both', redact: input.redact ?? false };
}
