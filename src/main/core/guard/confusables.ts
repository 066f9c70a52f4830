/**
 * Look-alike characters. A "skeleton" maps every character to the Latin letter it imitates, so
 * "bіnаnce" (with Cyrillic і and а), "ｂｉｎａｎｃｅ", "b1nance" and "binance" share one skeleton.
 * A small table in the spirit of Unicode's confusables.txt, limited to what imitates Latin letters.
 */

const TO_LATIN: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', н: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l',
  м: 'm', о: 'o', р: 'p', ԛ: 'q', г: 'r', ѕ: 's', т: 't', у: 'y', ү: 'y', х: 'x', ԝ: 'w', ь: 'b', ъ: 'b',
  п: 'n', и: 'u', є: 'e', ɡ: 'g', ѵ: 'v', ц: 'u',
  // Greek
  α: 'a', β: 'b', ϲ: 'c', ε: 'e', η: 'n', ι: 'i', ϳ: 'j', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', μ: 'u', ζ: 'z', ς: 's', σ: 'o',
  // Armenian
  օ: 'o', ո: 'n', ս: 'u', հ: 'h', ց: 'g', զ: 'q',
  // Latin letters that are not plain ASCII and have no decomposition
  ı: 'i', ł: 'l', đ: 'd', ħ: 'h', ø: 'o', ɑ: 'a', ǀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ŧ: 't', ƅ: 'b', ɩ: 'i',
  ɪ: 'i', ʟ: 'l', ɴ: 'n', ʀ: 'r', ꜱ: 's', ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ᴋ: 'k', ᴍ: 'm', ᴏ: 'o',
  ᴘ: 'p', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
};

/** After the letter mapping: sequences that read as one letter, then characters that read as another. */
const SEQUENCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/0/g, 'o'],
  [/[1il|!]/g, 'l'],
];

/** The letter-for-letter skeleton: lower-case, accents removed, look-alikes mapped to Latin. */
export function skeleton(input: string): string {
  const base = input.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  let out = '';
  for (const ch of base) out += TO_LATIN[ch] ?? ch;
  for (const [pattern, replacement] of SEQUENCES) out = out.replace(pattern, replacement);
  return out;
}

/** True when the text has a letter that only imitates a Latin one (Cyrillic а, Greek ο, ...). */
export function hasForeignLookalike(input: string): boolean {
  const base = input.normalize('NFKC').toLowerCase().normalize('NFD');
  for (const ch of base) if (TO_LATIN[ch] !== undefined) return true;
  return false;
}

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
];

/** The writing systems whose letters appear in the text (digits and hyphens belong to none). */
export function scriptsOf(input: string): string[] {
  const found = new Set<string>();
  for (const ch of input) {
    if (!/\p{L}/u.test(ch)) continue;
    const hit = SCRIPTS.find(([, re]) => re.test(ch));
    found.add(hit ? hit[0] : 'Other');
  }
  return [...found];
}

/** Latin mixed with Cyrillic, Greek or Armenian in one label: how homoglyph domains are made. */
export function isDeceptiveMix(scripts: readonly string[]): boolean {
  return scripts.includes('Latin') && scripts.some((s) => s === 'Cyrillic' || s === 'Greek' || s === 'Armenian');
}
