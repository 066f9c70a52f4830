import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../src/main/web/serveArgs';
import { APP_FOLDER, defaultDataDir, resolveDataDir } from '../../src/main/core/dataDir';

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
