/**
 * A two-letter country or region code as people know it ("GB" → "United Kingdom" / "英国"), from the
 * runtime's own ICU data, so no list needs translating. Shared by the page (pickers), the letters and
 * the dossier, so a code reads the same everywhere.
 */
const namesByLanguage = new Map<string, Intl.DisplayNames | null>();

/** The name in `language`; null when the runtime does not know the code (or the code is malformed). */
export function regionName(code: string, language: string): string | null {
  if (!namesByLanguage.has(language)) {
    try {
      namesByLanguage.set(language, new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
    } catch {
      namesByLanguage.set(language, null);
    }
  }
  try {
    const name = namesByLanguage.get(language)?.of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}
