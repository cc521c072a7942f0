/** What a demo edition should contain; see `parseDemoArgs` for the command line. */
export interface DemoOptions {
  brand: string;
  year: number;
  sessions: number;
  rooms: number;
  speakers: number;
  registrations: number;
  /** Delete an existing edition of (brand, year) first instead of refusing. */
  replace: boolean;
}

export const DEMO_DEFAULTS: DemoOptions = {
  brand: 'integrity',
  year: 2030,
  sessions: 300,
  rooms: 40,
  speakers: 500,
  registrations: 10_000,
  replace: false,
};

export const DEMO_USAGE =
  'usage: npm run seed:demo -- [--sessions 300] [--rooms 40] [--speakers 500] [--registrations 10000] [--brand integrity] [--year 2030] [--replace]';

const LIMITS: Record<'sessions' | 'rooms' | 'speakers' | 'registrations' | 'year', [number, number]> = {
  sessions: [1, 5_000],
  rooms: [1, 500],
  speakers: [1, 50_000],
  registrations: [0, 1_000_000],
  year: [1990, 2999],
};

/** `--name value` pairs and `--replace`; anything else is an error naming the argument. */
export function parseDemoArgs(argv: string[]): DemoOptions {
  const options: DemoOptions = { ...DEMO_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--replace') {
      options.replace = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2);
    const name = flag.replace(/^--/, '');
    const value = inline ?? argv[++i];
    if (!flag.startsWith('--') || value === undefined) throw new Error(`Unexpected argument "${arg}"\n${DEMO_USAGE}`);
    if (name === 'brand') {
      options.brand = value;
    } else if (name in LIMITS) {
      const [min, max] = LIMITS[name as keyof typeof LIMITS];
      const number = Number(value);
      if (!Number.isInteger(number) || number < min || number > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
      options[name as keyof typeof LIMITS] = number;
    } else {
      throw new Error(`Unknown option --${name}\n${DEMO_USAGE}`);
    }
  }
  return options;
}
