/**
 * The guard's reference lists (resources/guard/*.json), validated once at load. The files are bundled
 * into the main process by the build (JSON imports), so the guard needs no file access at run time.
 */
import suffixesFile from '../../../../resources/guard/public-suffixes.json';
import contactListsFile from '../../../../resources/guard/contact-lists.json';
import knownBrandsFile from '../../../../resources/guard/known-brands.json';

export class GuardDataError extends Error {
  override name = 'GuardDataError';
}

export interface KnownBrand {
  name: string;
  /** Lower-case registrable domains. */
  domains: string[];
  /** The name is an everyday word: only near-copies of the whole label count. */
  generic: boolean;
}

export interface GuardLists {
  multiPartSuffixes: ReadonlySet<string>;
  /** Longest multi-part suffix, in labels. */
  maxSuffixLabels: number;
  commonTlds: ReadonlySet<string>;
  shorteners: ReadonlySet<string>;
  freeMail: ReadonlySet<string>;
  freeMailLabels: ReadonlySet<string>;
  knownBrands: readonly KnownBrand[];
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GuardDataError(`${where}: expected an object`);
  }
  return value as Record<string, unknown>;
}

function hostList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new GuardDataError(`${where}: expected a non-empty list`);
  return value.map((item, i) => {
    if (typeof item !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(item)) {
      throw new GuardDataError(`${where}[${i}]: expected a lower-case host name, got ${JSON.stringify(item)}`);
    }
    return item;
  });
}

function checkVersion(file: Record<string, unknown>, where: string): void {
  if (file.version !== 1) throw new GuardDataError(`${where}: unsupported version ${JSON.stringify(file.version)}`);
}

/** Validates the three list files; throws GuardDataError naming the faulty field. */
export function loadGuardLists(suffixes: unknown, contactLists: unknown, brands: unknown): GuardLists {
  const s = record(suffixes, 'public-suffixes.json');
  checkVersion(s, 'public-suffixes.json');
  const multi = hostList(s.multiPart, 'public-suffixes.json multiPart');
  const tlds = hostList(s.commonTlds, 'public-suffixes.json commonTlds');

  const c = record(contactLists, 'contact-lists.json');
  checkVersion(c, 'contact-lists.json');

  const b = record(brands, 'known-brands.json');
  checkVersion(b, 'known-brands.json');
  if (!Array.isArray(b.brands)) throw new GuardDataError('known-brands.json brands: expected a list');
  const knownBrands = b.brands.map((raw, i): KnownBrand => {
    const where = `known-brands.json brands[${i}]`;
    const brand = record(raw, where);
    if (typeof brand.name !== 'string' || brand.name.trim() === '') throw new GuardDataError(`${where}.name: expected text`);
    if (brand.generic !== undefined && typeof brand.generic !== 'boolean') {
      throw new GuardDataError(`${where}.generic: expected true or false`);
    }
    return { name: brand.name, domains: hostList(brand.domains, `${where}.domains`), generic: brand.generic === true };
  });

  return {
    multiPartSuffixes: new Set(multi),
    maxSuffixLabels: Math.max(2, ...multi.map((m) => m.split('.').length)),
    commonTlds: new Set(tlds),
    shorteners: new Set(hostList(c.shorteners, 'contact-lists.json shorteners')),
    freeMail: new Set(hostList(c.freeMail, 'contact-lists.json freeMail')),
    freeMailLabels: new Set(hostList(c.freeMailLabels, 'contact-lists.json freeMailLabels')),
    knownBrands,
  };
}

export const LISTS: GuardLists = loadGuardLists(suffixesFile, contactListsFile, knownBrandsFile);
