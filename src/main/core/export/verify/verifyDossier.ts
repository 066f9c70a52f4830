/**
 * "Verify a dossier": checks a dossier ZIP against the two lists it carries. Every file must match its
 * line in SHA256SUMS and its entry in manifest.json (size and SHA-256); manifest.json must match its own
 * line in SHA256SUMS; the two lists must agree with each other. Reports what is changed, missing (listed,
 * not in the archive) and extra (in the archive, in neither list), and anything else wrong as a problem.
 * Nothing is unpacked to disk (readDossierZip.ts).
 */
import type { DossierVerifyReport } from '../../../../shared/dossier';
import { printable, readDossierZip, VERIFY_LIMITS, type VerifyLimits } from './readDossierZip';

interface ListedFile {
  sha256: string;
  size: number | null;
}

const SUMS = 'SHA256SUMS';
const MANIFEST = 'manifest.json';

export async function verifyDossier(zipPath: string, limits: VerifyLimits = VERIFY_LIMITS): Promise<DossierVerifyReport> {
  const archive = await readDossierZip(zipPath, limits);
  const problems = [...archive.problems];
  const sumsBytes = archive.lists.get(SUMS);
  const manifestBytes = archive.lists.get(MANIFEST);
  if (!archive.files.has(SUMS)) problems.push('SHA256SUMS is missing from the archive. / 压缩包中缺少 SHA256SUMS。');
  if (!archive.files.has(MANIFEST)) problems.push('manifest.json is missing from the archive. / 压缩包中缺少 manifest.json。');
  const sums = sumsBytes ? parseSums(sumsBytes, problems) : new Map<string, ListedFile>();
  const manifest = manifestBytes ? parseManifest(manifestBytes, problems) : null;
  const listed = manifest?.files ?? new Map<string, ListedFile>();

  const changed = new Set<string>(archive.unreadable.filter((name) => sums.has(name) || listed.has(name)));
  const missing = new Set<string>();
  const check = (path: string, expected: ListedFile) => {
    const actual = archive.files.get(path);
    if (!actual) {
      if (!archive.unreadable.includes(path)) missing.add(path);
      return;
    }
    if (actual.sha256 !== expected.sha256 || (expected.size !== null && actual.size !== expected.size)) changed.add(path);
  };
  for (const [path, expected] of listed) check(path, expected);
  for (const [path, expected] of sums) check(path, expected);

  // The two lists must say the same thing, and SHA256SUMS must vouch for the manifest.
  if (sumsBytes && manifestBytes && !sums.has(MANIFEST)) problems.push('SHA256SUMS has no line for manifest.json. / SHA256SUMS 中没有 manifest.json 的记录。');
  if (manifest && sumsBytes) {
    for (const [path, entry] of listed) {
      const line = sums.get(path);
      if (!line) problems.push(`"${printable(path)}" is in manifest.json but not in SHA256SUMS. / 该文件在 manifest.json 中，但不在 SHA256SUMS 中。`);
      else if (line.sha256 !== entry.sha256) problems.push(`manifest.json and SHA256SUMS give different hashes for "${printable(path)}". / 两份清单中的哈希值不一致。`);
    }
    for (const path of sums.keys()) {
      if (path !== MANIFEST && !listed.has(path)) problems.push(`"${printable(path)}" is in SHA256SUMS but not in manifest.json. / 该文件在 SHA256SUMS 中，但不在 manifest.json 中。`);
    }
  }
  const extra = [...archive.files.keys()].filter((name) => name !== SUMS && name !== MANIFEST && !listed.has(name) && !sums.has(name));

  const intact = changed.size === 0 && missing.size === 0 && extra.length === 0 && problems.length === 0;
  const checkedFiles = [...archive.files.keys()].filter((name) => name !== SUMS).length;
  return {
    intact,
    summary: intact
      ? `intact: ${checkedFiles} files match manifest.json and SHA256SUMS`
      : `NOT intact: ${[
          [changed.size, 'changed'],
          [missing.size, 'missing'],
          [extra.length, 'extra'],
          [problems.length, problems.length === 1 ? 'problem' : 'problems'],
        ]
          .filter(([n]) => n)
          .map(([n, what]) => `${n} ${what}`)
          .join(', ')}`,
    checkedFiles,
    changed: [...changed].sort(),
    missing: [...missing].sort(),
    extra: extra.sort(),
    problems,
    exportedAt: manifest?.exportedAt ?? null,
    appVersion: manifest?.appVersion ?? null,
    redacted: manifest?.redacted ?? null,
  };
}

/**
 * `<64 hex>  <path>` (or ` *<path>`, binary mode) per line, as sha256sum writes and reads it. Casefile
 * writes only the first form with LF endings, and nothing protects SHA256SUMS but its agreement with the
 * rest: so a file sha256sum would still accept but that is not byte for byte what Casefile wrote (a
 * binary marker, CRLF, a lost last newline) is reported too. Every byte of every file then counts.
 */
function parseSums(bytes: Buffer, problems: string[]): Map<string, ListedFile> {
  const sums = new Map<string, ListedFile>();
  const lines = bytes.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  let wellFormed = true;
  for (const [index, line] of lines.entries()) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    if (!match) {
      problems.push(`SHA256SUMS line ${index + 1} is not "<sha256>  <file>". / SHA256SUMS 第 ${index + 1} 行格式不正确。`);
      wellFormed = false;
      continue;
    }
    if (sums.has(match[2]!)) problems.push(`SHA256SUMS lists "${printable(match[2]!)}" twice. / SHA256SUMS 重复列出该文件。`);
    sums.set(match[2]!, { sha256: match[1]!, size: null });
  }
  const canonical = [...sums].map(([path, { sha256 }]) => `${sha256}  ${path}\n`).join('');
  if (wellFormed && !bytes.equals(Buffer.from(canonical, 'utf8'))) {
    problems.push('SHA256SUMS is not as Casefile wrote it (its spacing, markers or line endings were changed). / SHA256SUMS 的格式已被改动。');
  }
  return sums;
}

interface ParsedManifest {
  files: Map<string, ListedFile>;
  exportedAt: string | null;
  appVersion: string | null;
  redacted: boolean | null;
}

function parseManifest(bytes: Buffer, problems: string[]): ParsedManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    problems.push('manifest.json is not valid JSON. / manifest.json 不是有效的 JSON。');
    return null;
  }
  const m = json as { files?: unknown; exportedAt?: unknown; app?: { version?: unknown }; redaction?: { applied?: unknown } } | null;
  if (!m || typeof m !== 'object' || !Array.isArray(m.files)) {
    problems.push('manifest.json has no list of files. / manifest.json 中没有文件列表。');
    return null;
  }
  const files = new Map<string, ListedFile>();
  for (const file of m.files as unknown[]) {
    const f = file as { path?: unknown; size?: unknown; sha256?: unknown } | null;
    if (!f || typeof f.path !== 'string' || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256) || typeof f.size !== 'number') {
      problems.push('manifest.json lists a file without a path, size and SHA-256. / manifest.json 中有文件缺少路径、大小或 SHA-256。');
      continue;
    }
    if (files.has(f.path)) problems.push(`manifest.json lists "${printable(f.path)}" twice. / manifest.json 重复列出该文件。`);
    files.set(f.path, { sha256: f.sha256, size: f.size });
  }
  return {
    files,
    exportedAt: typeof m.exportedAt === 'string' ? m.exportedAt : null,
    appVersion: typeof m.app?.version === 'string' ? m.app.version : null,
    redacted: typeof m.redaction?.applied === 'boolean' ? m.redaction.applied : null,
  };
}
