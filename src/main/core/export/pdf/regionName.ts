/**
 * A country or region as a reader of the dossier knows it: "China (CN)" / "中国（CN）" rather than the
 * bare two-letter code the profile and the platform facts store. Names come from the runtime's ICU data
 * (src/shared/regionName.ts), which every export of one app version shares, so the PDF stays reproducible.
 */
import { regionName as nameIn } from '../../../../shared/regionName';
import type { Bi } from './labels';

/** The code alone when ICU does not know it, so nothing the user entered is lost or guessed at. */
export function regionName(code: string): Bi {
  const en = nameIn(code, 'en');
  const zh = nameIn(code, 'zh-CN');
  return { en: en ? `${en} (${code})` : code, zh: zh ? `${zh}（${code}）` : code };
}
