/** Parses `serve` flags; returns an error sentence rather than throwing, so the CLI can print usage. */
export interface ServeArgs {
  dataDir?: string;
  port?: number;
  token?: string;
}

export function parseServeArgs(argv: string[]): ServeArgs | { error: string } {
  const args: ServeArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${flag} needs a value` };
    switch (flag) {
      case '--data-dir':
        args.dataDir = value;
        break;
      case '--port': {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `--port must be 0-65535, not ${value}` };
        args.port = port;
        break;
      }
      case '--token':
        if (!/^[\x21-\x7e]{8,200}$/.test(value)) return { error: '--token must be 8-200 printable ASCII characters' };
        args.token = value;
        break;
      default:
        return { error: `Unknown option: ${flag}` };
    }
  }
  return args;
}
