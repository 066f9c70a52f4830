/**
 * `casefile verify <dossier.zip>` (npm run verify -- <dossier.zip>): checks an exported dossier against
 * its manifest.json and SHA256SUMS without opening any Casefile data.
 *   exit 0  intact: one line, "intact: N files match manifest.json and SHA256SUMS"
 *   exit 1  not intact: the summary, then one line per changed, missing or extra file and per problem
 *   exit 2  usage error, or a file that cannot be read as a ZIP
 */
import { access, constants, stat } from 'node:fs/promises';
import { CasefileError } from '../core/errors';
import { verifyDossier } from '../core/export/verify/verifyDossier';

export const VERIFY_USAGE = 'Usage: casefile verify <dossier.zip>   (npm run verify -- path/to/dossier.zip)';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export async function runVerify(args: string[], output: Output): Promise<number> {
  if (args.length !== 1 || args[0] === '' || args[0]!.startsWith('-')) {
    output.err(args.length === 0 ? `Which dossier? ${VERIFY_USAGE}` : VERIFY_USAGE);
    return 2;
  }
  const file = args[0]!;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    await access(file, constants.R_OK);
  } catch (error) {
    output.err(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return 2;
  }
  let report;
  try {
    report = await verifyDossier(file);
  } catch (error) {
    if (error instanceof CasefileError) {
      output.err(`${file}: ${error.message}`);
      return 2;
    }
    throw error;
  }
  output.out(report.summary);
  if (report.intact) return 0;
  for (const path of report.changed) output.out(`changed: ${path}`);
  for (const path of report.missing) output.out(`missing: ${path}`);
  for (const path of report.extra) output.out(`extra: ${path}`);
  for (const problem of report.problems) output.out(`problem: ${problem}`);
  return 1;
}
