/**
 * A country or region as a reader of the dossier knows it: "China (CN)" / "中国（CN）" rather than the
 * bare two-letter code the profile and the platform facts store. Names come from the runtime's ICU data
 * (Intl.DisplayNames), which every export of one app version shares, so the PDF stays reproducible.
 */
import type { Bi } from './labels';

const NAMES = { en: new Intl.DisplayNames(['en'], { type: 'region' }), zh: new Intl.DisplayNames(['zh-CN'], { type: 'region' }) };

/** The code alone when ICU does not know it, so nothing the user entered is lost or guessed at. */
export function regionName(code: string): Bi {
  const name = (language: keyof Bi) => {
    try {
      return NAMES[language].of(code);
    } catch {
      return undefined; // not a well-formed region code
    }
  };
  const [en, zh] = [name('en'), name('zh')];
  return {
    en: en && en !== code ? `${en} (${code})` : code,
    zh: zh && zh !== code ? `${zh}（${code}）` : code,
  };
}
