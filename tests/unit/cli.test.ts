import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../src/main/web/serveArgs';
import { APP_FOLDER, defaultDataDir, resolveDataDir } from '../../src/main/core/dataDir';
import { runVerify } from '../../src/main/web/verifyCommand';
import { cleanup, makeTempDir, repoRoot } from './helpers';
import { exportedDossier, flipByte, rewritten } from './export/verifyFixtures';

afterEach(cleanup);

describe('casefile serve arguments', () => {
  it.each([
    [[], {}],
    [['--port', '8080'], { port: 8080 }],
    [['--port=0'], { port: 0 }],
    [['--port', '65535'], { port: 65535 }],
    [['--data-dir', '/tmp/my data'], { dataDir: '/tmp/my data' }],
    [['--data-dir=C:\\Users\\王\\Casefile'], { dataDir: 'C:\\Users\\王\\Casefile' }],
    [['--data-dir=/a=b'], { dataDir: '/a=b' }],
    [['--token', 'abcdefgh'], { token: 'abcdefgh' }],
    [['--token=' + '~'.repeat(200)], { token: '~'.repeat(200) }],
    [
      ['--data-dir', '/d', '--port', '3000', '--token', 'S3cret!-token'],
      { dataDir: '/d', port: 3000, token: 'S3cret!-token' },
    ],
    [['--port', '1', '--port', '2'], { port: 2 }],
  ])('%j → %j', (argv, expected) => {
    expect(parseServeArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--port'], /--port needs a value/],
    [['--port='], /--port needs a value/],
    [['--port', ''], /--port needs a value/],
    [['--port', '65536'], /--port must be 0-65535/],
    [['--port', '-1'], /--port must be 0-65535/],
    [['--port', '80.5'], /--port must be 0-65535/],
    [['--port', 'http'], /--port must be 0-65535/],
    [['--port', '--token', 'abcdefgh'], /--port must be 0-65535/],
    [['--token', 'short'], /--token must be 8-200 printable ASCII/],
    [['--token', 'has space in it'], /--token must be 8-200 printable ASCII/],
    [['--token', '令牌令牌令牌令牌令牌'], /--token must be 8-200 printable ASCII/],
    [['--token', 'x'.repeat(201)], /--token must be 8-200 printable ASCII/],
    [['--data-dir'], /--data-dir needs a value/],
    [['--verbose', 'yes'], /Unknown option: --verbose/],
    [['serve', 'x'], /Unknown option: serve/],
  ])('%j is refused', (argv, message) => {
    const result = parseServeArgs(argv);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toMatch(message);
  });
});

describe('where the data lives', () => {
  it('takes the flag first, then CASEFILE_DATA_DIR, then the default', () => {
    const env = { CASEFILE_DATA_DIR: '/from/env', XDG_CONFIG_HOME: '/xdg' };
    expect(resolveDataDir('/from/flag', env)).toBe('/from/flag');
    expect(resolveDataDir(undefined, env)).toBe('/from/env');
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/xdg', APPDATA: 'C:\\AppData', HOME: os.homedir() })).toBe(
      defaultDataDir({ XDG_CONFIG_HOME: '/xdg', APPDATA: 'C:\\AppData' }),
    );
    // An empty value counts as not given.
    expect(resolveDataDir('', { CASEFILE_DATA_DIR: '' , XDG_CONFIG_HOME: '/xdg' })).toBe(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }));
  });

  it('the folder is named like Electron names the app data folder', () => {
    expect(APP_FOLDER).toBe('Casefile');
  });

  it('Windows: %APPDATA%\\Casefile, or the roaming folder under the home folder', () => {
    const appData = 'C:\\Users\\wang\\AppData\\Roaming';
    expect(defaultDataDir({ APPDATA: appData }, 'win32')).toBe(path.join(appData, 'Casefile'));
    expect(defaultDataDir({}, 'win32')).toBe(path.join(os.homedir(), 'AppData', 'Roaming', 'Casefile'));
  });

  it('macOS: ~/Library/Application Support/Casefile, whatever XDG says', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'darwin')).toBe(
      path.join(os.homedir(), 'Library', 'Application Support', 'Casefile'),
    );
  });

  it('Linux: $XDG_CONFIG_HOME/Casefile, else ~/.config/Casefile', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/u/.cfg' }, 'linux')).toBe(path.join('/home/u/.cfg', 'Casefile'));
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Casefile'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux')).toBe(path.join(os.homedir(), '.config', 'Casefile'));
    expect(defaultDataDir({ APPDATA: 'C:\\x' }, 'freebsd')).toBe(path.join(os.homedir(), '.config', 'Casefile'));
  });
});

describe('casefile verify <dossier.zip>', () => {
  async function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runVerify(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  it('an intact dossier: exit 0 and one line', async () => {
    const { file } = await exportedDossier();
    expect(await run([file])).toEqual({ code: 0, out: ['intact: 8 files match manifest.json and SHA256SUMS'], err: [] });
  });

  it('a changed, a missing and an extra file: exit 1, each listed', async () => {
    const { entries } = await exportedDossier();
    const tampered = [
      ...flipByte(entries, 'transcript.txt').filter((e) => e.name !== 'evidence/001_screenshot-withdrawal-pending.png'),
      { name: 'evidence/003_added.txt', bytes: Buffer.from('added later') },
    ];
    const result = await run([await rewritten(tampered)]);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      'NOT intact: 1 changed, 1 missing, 1 extra',
      'changed: transcript.txt',
      'missing: evidence/001_screenshot-withdrawal-pending.png',
      'extra: evidence/003_added.txt',
    ]);
  });

  it.each([[[]], [['a.zip', 'b.zip']], [['--help']], [['']]])('usage errors exit 2: %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toMatch(/Usage: casefile verify <dossier.zip>/);
    expect(result.out).toEqual([]);
  });

  it('a missing file, a folder or a file that is not a ZIP: exit 2 with the reason', async () => {
    const dir = makeTempDir();
    const text = path.join(dir, 'notes.zip');
    fs.writeFileSync(text, 'not a zip');
    expect(await run([path.join(dir, 'nope.zip')])).toMatchObject({ code: 2, err: [expect.stringMatching(/Cannot read .*nope.zip: no such file/)] });
    expect(await run([dir])).toMatchObject({ code: 2, err: [expect.stringMatching(/Cannot read/)] });
    expect(await run([text])).toMatchObject({ code: 2, err: [expect.stringMatching(/cannot be read as a ZIP archive/)] });
  });

  it('the real command line (cli.ts) prints the same and exits with the same codes', async () => {
    const { file, entries } = await exportedDossier();
    const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
    const cli = (args: string[]) => spawnSync(process.execPath, [tsx, 'src/main/web/cli.ts', 'verify', ...args], { cwd: repoRoot, encoding: 'utf8' });
    const intact = cli([file]);
    expect(intact.status, intact.stderr).toBe(0);
    expect(intact.stdout).toBe('intact: 8 files match manifest.json and SHA256SUMS\n');
    const changed = cli([await rewritten(flipByte(entries, 'dossier.pdf'))]);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toBe('NOT intact: 1 changed\nchanged: dossier.pdf\n');
    const usage = cli([]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/Usage/);
  }, 60_000);
});
