/**
 * The impersonation rules (resources/guard/impersonation-rules.json): loaded, checked and compiled once.
 * A broken file fails here, with every problem listed by its place in the file, never later during a scan.
 */
import rulesFile from '../../../../resources/guard/impersonation-rules.json';
import { RULE_KINDS, type RuleKind } from './types';

export class GuardRulesError extends Error {
  override name = 'GuardRulesError';
  constructor(readonly problems: string[]) {
    super(`impersonation-rules.json is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export type RuleLang = 'en' | 'zh' | 'any';

export interface CompiledRule {
  id: string;
  kind: RuleKind;
  lang: RuleLang;
  /** Global, case-insensitive, Unicode. A match is a hit unless an exception cancels it. */
  patterns: RegExp[];
  /** At least one must appear near the hit (within CONTEXT_WINDOW characters), when given. */
  requires: RegExp[];
  /** Found in the clause of the hit (negations like "never ask", "请勿提供"), they cancel it. */
  exceptions: RegExp[];
  why: { en: string; 'zh-CN': string };
  mustMatch: string[];
  mustNotMatch: string[];
}

export interface RuleSet {
  version: number;
  rules: CompiledRule[];
}

const RULE_KEYS = new Set([
  'id', 'kind', 'lang', 'patterns', 'requires', 'exceptions', 'exceptionSets', 'why', 'mustMatch', 'mustNotMatch', 'note',
]);
const TOP_KEYS = new Set(['version', 'about', 'exceptionSets', 'rules']);
const HAN = /\p{Script=Han}/u;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Compiles a list of regex sources; reports bad or empty-matching ones. */
function compileList(value: unknown, where: string, flags: string, problems: string[], required: boolean): RegExp[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value) || (required && value.length === 0)) {
    problems.push(`${where}: expected a ${required ? 'non-empty ' : ''}list of regular expressions`);
    return [];
  }
  const out: RegExp[] = [];
  value.forEach((source, i) => {
    if (typeof source !== 'string' || source.trim() === '') {
      problems.push(`${where}[${i}]: expected a regular expression as text`);
      return;
    }
    try {
      const re = new RegExp(source, flags);
      if (new RegExp(source, 'iu').test('')) problems.push(`${where}[${i}]: matches empty text: ${source}`);
      else out.push(re);
    } catch (error) {
      problems.push(`${where}[${i}]: ${(error as Error).message}`);
    }
  });
  return out;
}

function textList(value: unknown, where: string, min: number, problems: string[]): string[] {
  if (!Array.isArray(value) || value.length < min || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    problems.push(`${where}: expected at least ${min} non-empty example texts`);
    return [];
  }
  return value as string[];
}

/** Validates and compiles a rules document. Throws GuardRulesError listing every problem found. */
export function loadRules(raw: unknown): RuleSet {
  const problems: string[] = [];
  if (!isRecord(raw)) throw new GuardRulesError(['the file must hold one JSON object']);
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) problems.push(`unknown top-level field "${key}"`);
  if (raw.version !== 1) problems.push(`version: expected 1, got ${JSON.stringify(raw.version)}`);

  const sets = new Map<string, RegExp[]>();
  if (raw.exceptionSets !== undefined) {
    if (!isRecord(raw.exceptionSets)) problems.push('exceptionSets: expected an object of named lists');
    else for (const [name, list] of Object.entries(raw.exceptionSets)) sets.set(name, compileList(list, `exceptionSets.${name}`, 'giu', problems, true));
  }

  if (!Array.isArray(raw.rules) || raw.rules.length === 0) {
    throw new GuardRulesError([...problems, 'rules: expected a non-empty list']);
  }
  const ids = new Set<string>();
  const rules: CompiledRule[] = [];
  raw.rules.forEach((item: unknown, index: number) => {
    const at = `rules[${index}]`;
    if (!isRecord(item)) {
      problems.push(`${at}: expected an object`);
      return;
    }
    const where = typeof item.id === 'string' ? `${at} (${item.id})` : at;
    for (const key of Object.keys(item)) if (!RULE_KEYS.has(key)) problems.push(`${where}: unknown field "${key}"`);
    const id = typeof item.id === 'string' ? item.id : '';
    if (!/^[a-z0-9_]+(\.[a-z0-9_]+)*$/.test(id)) problems.push(`${where}.id: expected lower-case words joined by dots`);
    else if (ids.has(id)) problems.push(`${where}.id: duplicate id`);
    ids.add(id);
    const kind = item.kind as RuleKind;
    if (!RULE_KINDS.includes(kind)) problems.push(`${where}.kind: expected one of ${RULE_KINDS.join(', ')}`);
    const lang = item.lang as RuleLang;
    if (lang !== 'en' && lang !== 'zh' && lang !== 'any') problems.push(`${where}.lang: expected en, zh or any`);
    const patterns = compileList(item.patterns, `${where}.patterns`, 'giu', problems, true);
    const requires = compileList(item.requires, `${where}.requires`, 'iu', problems, false);
    const exceptions = compileList(item.exceptions, `${where}.exceptions`, 'iu', problems, false);
    const setNames = item.exceptionSets === undefined ? [] : item.exceptionSets;
    if (!Array.isArray(setNames)) problems.push(`${where}.exceptionSets: expected a list of names`);
    else {
      for (const name of setNames) {
        const set = typeof name === 'string' ? sets.get(name) : undefined;
        if (!set) problems.push(`${where}.exceptionSets: no set named ${JSON.stringify(name)}`);
        else exceptions.push(...set.map((re) => new RegExp(re.source, 'iu')));
      }
    }
    const why = isRecord(item.why) ? item.why : {};
    if (typeof why.en !== 'string' || why.en.trim() === '' || typeof why['zh-CN'] !== 'string' || why['zh-CN'].trim() === '') {
      problems.push(`${where}.why: expected non-empty "en" and "zh-CN" texts`);
    }
    const mustMatch = textList(item.mustMatch, `${where}.mustMatch`, 3, problems);
    const mustNotMatch = textList(item.mustNotMatch, `${where}.mustNotMatch`, 3, problems);
    if (lang === 'any' && mustMatch.length > 0 && !(mustMatch.some((t) => HAN.test(t)) && mustMatch.some((t) => !HAN.test(t)))) {
      problems.push(`${where}.mustMatch: a rule for both languages needs Chinese and English examples`);
    }
    rules.push({
      id,
      kind,
      lang,
      patterns,
      requires,
      exceptions,
      why: { en: String(why.en ?? ''), 'zh-CN': String(why['zh-CN'] ?? '') },
      mustMatch,
      mustNotMatch,
    });
  });
  if (problems.length > 0) throw new GuardRulesError(problems);
  return { version: 1, rules };
}

/** The shipped rules, checked when the module loads. */
export const DEFAULT_RULES: RuleSet = loadRules(rulesFile as unknown);
