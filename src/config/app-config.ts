import { resolve } from 'node:path';
import { IANAZone } from 'luxon';
import { DatabaseConfig, parseDatabaseUrl } from './database-url';

export type SeedOnStart = 'auto' | 'never';
export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

/** Every setting Huiwu reads, parsed once at start. Nothing else reads process.env. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly publicBaseUrl: URL;
  readonly database: DatabaseConfig;
  /** `auto`: load the seed when the database has no brand yet (a first start); `never`: leave it empty. */
  readonly seedOnStart: SeedOnStart;
  readonly defaultTimeZone: string;
  readonly admin: { readonly email: string; readonly password: string } | null;
  readonly logLevel: LogLevel;
  readonly auth: AuthConfig;
  /** Where rendered documents (printed programs) are kept between restarts. */
  readonly cacheDir: string;
  /** Where uploaded files (organization logos) are kept. */
  readonly uploadDir: string;
  readonly jobs: JobsConfig;
  readonly mail: MailConfig;
  readonly sms: SmsConfig;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For (never trust it otherwise). */
  readonly trustProxy: boolean;
  /** `public` serves Swagger UI at /api/docs and the document at /api/docs-json; `off` serves neither. */
  readonly apiDocs: 'public' | 'off';
  /** The bearer token GET /metrics asks for; null: no /metrics at all. */
  readonly metricsToken: string | null;
  readonly registrationLimits: RegistrationLimitsConfig;
}

/**
 * How many registrations the server takes before it refuses (429) or asks for a proof of work,
 * shared by every server through the database. The defaults suit a conference's public form;
 * tests and benchmarks that post many registrations from one address raise them.
 */
export interface RegistrationLimitsConfig {
  /** New registrations from one client address per hour. */
  readonly perAddressPerHour: number;
  /** New registrations for one edition per minute, all addresses together. */
  readonly perEditionPerMinute: number;
  /** Messages one mailbox may be sent by registering per hour and per day (`a+x@b` counts as `a@b`). */
  readonly perRecipientPerHour: number;
  readonly perRecipientPerDay: number;
  /** Registrations per hour from one address before each further one needs a solved challenge. */
  readonly challengeAfterPerAddress: number;
  /** Registrations per minute for one edition before each further one needs a solved challenge. */
  readonly challengeAfterPerEdition: number;
  /** Leading zero bits the challenge's SHA-256 must have: each bit doubles the work (18 ≈ 1 s in a browser). */
  readonly challengeBits: number;
}

export interface JobsConfig {
  /** false switches every timed job off on this process (e.g. on extra web-only servers). */
  readonly enabled: boolean;
  /** Personal data of an edition's attendees is anonymised this many days after it ends. */
  readonly purgeAfterDays: number;
}

export interface MailConfig {
  /** smtp(s)://user:pass@host:port; null writes messages to the spool file instead. */
  readonly smtpUrl: string | null;
  readonly from: string;
  /** Where messages go without SMTP: one JSON line per message (a development mailbox). */
  readonly spoolFile: string;
}

export type SmsProviderName = 'aliyun' | 'tencent';

/** Text messages: which provider (none: the spool file), its credentials, and the deployment's approved templates. */
export interface SmsConfig {
  /** null writes every text message to the spool file instead of sending it. */
  readonly provider: SmsProviderName | null;
  /** Alibaba's AccessKey ID and secret, or Tencent's SecretId and SecretKey. */
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** The approved signature (签名) the provider puts in front of every message, e.g. 中网联. */
  readonly signName: string;
  /** The provider's code of the approved template for each of our SMS templates (`pickup_guest` → `SMS_123456789`). */
  readonly templates: Readonly<Record<string, string>>;
  /** Tencent's SmsSdkAppId; empty for Alibaba. */
  readonly appId: string;
  readonly region: string;
  /** The provider's API address (its public one unless a test or a proxy says otherwise). */
  readonly endpoint: URL;
  readonly spoolFile: string;
  /** Text messages one phone number may be sent per hour and per day, counted in the database. */
  readonly perNumberPerHour: number;
  readonly perNumberPerDay: number;
  /** The secret the delivery-report callback URL carries; null: no callback route answers. */
  readonly reportToken: string | null;
}

export interface AuthConfig {
  /** HMAC key for sign-in tokens; null means one is generated once and kept in the database. */
  readonly secret: string | null;
  readonly tokenTtlMinutes: number;
  /** Failed sign-ins allowed per account within the window (four times as many per address). */
  readonly loginMaxFailures: number;
  readonly loginWindowSeconds: number;
}

/** A configuration value that cannot be used; the message names the variable and says why. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Reads the environment into an AppConfig, collecting every problem before failing so that
 * an operator fixes a bad deployment in one go rather than one variable per restart.
 */
export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const attempt = <T>(name: string, parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
      return undefined;
    }
  };

  const port = attempt('PORT', () => parsePort(read('PORT') ?? '3000'));
  const host = attempt('HOST', () => parseHost(read('HOST') ?? '0.0.0.0'));
  const publicBaseUrl = attempt('PUBLIC_BASE_URL', () =>
    parseBaseUrl(read('PUBLIC_BASE_URL') ?? `http://localhost:${port ?? 3000}`),
  );
  const database = attempt('DATABASE_URL', () =>
    parseDatabaseUrl(read('DATABASE_URL') ?? 'sqlite:data/huiwu.sqlite'),
  );
  const seedOnStart = attempt('SEED_ON_START', () =>
    oneOf<SeedOnStart>(read('SEED_ON_START') ?? 'auto', ['auto', 'never']),
  );
  const defaultTimeZone = attempt('DEFAULT_TIME_ZONE', () =>
    parseTimeZone(read('DEFAULT_TIME_ZONE') ?? 'Asia/Shanghai'),
  );
  const logLevel = attempt('LOG_LEVEL', () => oneOf<LogLevel>(read('LOG_LEVEL') ?? 'log', LOG_LEVELS));

  const authSecret = read('AUTH_SECRET');
  if (authSecret !== undefined && authSecret.length < 32) {
    problems.push('AUTH_SECRET: must be at least 32 characters long (e.g. `openssl rand -hex 32`)');
  }
  const tokenTtlMinutes = attempt('AUTH_TOKEN_TTL_MINUTES', () => parseWhole(read('AUTH_TOKEN_TTL_MINUTES') ?? '720', 1, 43_200));
  const loginMaxFailures = attempt('LOGIN_MAX_FAILURES', () => parseWhole(read('LOGIN_MAX_FAILURES') ?? '5', 1, 1_000));
  const loginWindowSeconds = attempt('LOGIN_WINDOW_SECONDS', () => parseWhole(read('LOGIN_WINDOW_SECONDS') ?? '300', 1, 86_400));

  const jobsEnabled = attempt('JOBS_ENABLED', () => oneOf(read('JOBS_ENABLED') ?? 'true', ['true', 'false']) === 'true');
  const purgeAfterDays = attempt('PURGE_AFTER_DAYS', () => parseWhole(read('PURGE_AFTER_DAYS') ?? '90', 0, 3650));
  const smtpUrl = attempt('SMTP_URL', () => {
    const raw = read('SMTP_URL');
    if (raw === undefined) return null;
    const url = new URL(raw);
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('must be smtp://… or smtps://…');
    return raw;
  });
  const mailFrom = read('MAIL_FROM') ?? 'Huiwu 会务 <no-reply@huiwu.local>';
  const spoolFile = resolve(process.cwd(), read('MAIL_SPOOL') ?? 'data/mail-spool.jsonl');
  const sms = parseSms(read, attempt, problems);
  const cacheDir = resolve(process.cwd(), read('CACHE_DIR') ?? 'data/cache');
  const uploadDir = resolve(process.cwd(), read('UPLOAD_DIR') ?? 'data/uploads');
  // A production server does not hand its route map to strangers unless told to; elsewhere the docs are the API's manual.
  const apiDocs = attempt('API_DOCS', () => oneOf<'public' | 'off'>(read('API_DOCS') ?? (env.NODE_ENV === 'production' ? 'off' : 'public'), ['public', 'off']));
  const metricsToken = read('METRICS_TOKEN') ?? null;
  if (metricsToken !== null && metricsToken.length < 16) problems.push('METRICS_TOKEN: must be at least 16 characters long (e.g. `openssl rand -hex 16`)');
  const trustProxy = attempt('TRUST_PROXY', () => oneOf(read('TRUST_PROXY') ?? 'false', ['true', 'false']) === 'true');

  const whole = (name: string, fallback: number, max = 1_000_000) => attempt(name, () => parseWhole(read(name) ?? String(fallback), 1, max));
  const registrationLimits: RegistrationLimitsConfig = {
    perAddressPerHour: whole('REGISTRATION_ADDRESS_PER_HOUR', 30)!,
    perEditionPerMinute: whole('REGISTRATION_EDITION_PER_MINUTE', 600)!,
    perRecipientPerHour: whole('MAIL_RECIPIENT_PER_HOUR', 5)!,
    perRecipientPerDay: whole('MAIL_RECIPIENT_PER_DAY', 20)!,
    challengeAfterPerAddress: whole('REGISTRATION_CHALLENGE_AFTER', 5)!,
    challengeAfterPerEdition: whole('REGISTRATION_EDITION_CHALLENGE_AFTER', 120)!,
    challengeBits: whole('REGISTRATION_CHALLENGE_BITS', 18, 32)!,
  };

  const adminEmail = read('ADMIN_EMAIL');
  const adminPassword = env.ADMIN_PASSWORD;
  let admin: AppConfig['admin'] = null;
  if (adminEmail !== undefined || (adminPassword !== undefined && adminPassword !== '')) {
    if (adminEmail === undefined) problems.push('ADMIN_EMAIL: must be set when ADMIN_PASSWORD is set');
    else if (!EMAIL.test(adminEmail)) problems.push(`ADMIN_EMAIL: "${adminEmail}" is not an email address`);
    if (adminPassword === undefined || adminPassword === '') {
      problems.push('ADMIN_PASSWORD: must be set when ADMIN_EMAIL is set');
    } else if (adminPassword.length < 8) {
      problems.push('ADMIN_PASSWORD: must be at least 8 characters long');
    }
    if (adminEmail && adminPassword) admin = { email: adminEmail.toLowerCase(), password: adminPassword };
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    port: port!,
    host: host!,
    publicBaseUrl: publicBaseUrl!,
    database: database!,
    seedOnStart: seedOnStart!,
    defaultTimeZone: defaultTimeZone!,
    admin,
    logLevel: logLevel!,
    trustProxy: trustProxy!,
    registrationLimits: Object.freeze(registrationLimits),
    apiDocs: apiDocs!,
    metricsToken,
    cacheDir,
    uploadDir,
    jobs: Object.freeze({ enabled: jobsEnabled!, purgeAfterDays: purgeAfterDays! }),
    mail: Object.freeze({ smtpUrl: smtpUrl!, from: mailFrom, spoolFile }),
    sms,
    auth: Object.freeze({
      secret: authSecret ?? null,
      tokenTtlMinutes: tokenTtlMinutes!,
      loginMaxFailures: loginMaxFailures!,
      loginWindowSeconds: loginWindowSeconds!,
    }),
  });
}

const SMS_DEFAULTS: Record<SmsProviderName, { endpoint: string; region: string }> = {
  aliyun: { endpoint: 'https://dysmsapi.aliyuncs.com/', region: 'cn-hangzhou' },
  tencent: { endpoint: 'https://sms.tencentcloudapi.com/', region: 'ap-guangzhou' },
};

/** SMS_*: a provider needs its keys, the sign name and (for Tencent) the app id; without one, the spool. */
function parseSms(read: (name: string) => string | undefined, attempt: <T>(name: string, parse: () => T) => T | undefined, problems: string[]): SmsConfig {
  const provider = attempt('SMS_PROVIDER', () => {
    const raw = read('SMS_PROVIDER');
    return raw === undefined || raw === 'none' ? null : oneOf<SmsProviderName>(raw, ['aliyun', 'tencent']);
  }) ?? null;
  const required = (name: string): string => {
    const value = read(name);
    if (provider && value === undefined) problems.push(`${name}: must be set when SMS_PROVIDER is ${provider}`);
    return value ?? '';
  };
  const accessKeyId = required('SMS_ACCESS_KEY_ID');
  const accessKeySecret = required('SMS_ACCESS_KEY_SECRET');
  const signName = required('SMS_SIGN_NAME');
  const appId = provider === 'tencent' ? required('SMS_APP_ID') : (read('SMS_APP_ID') ?? '');
  const templates = attempt('SMS_TEMPLATES', () => parseTemplateCodes(read('SMS_TEMPLATES') ?? '')) ?? {};
  const defaults = SMS_DEFAULTS[provider ?? 'aliyun'];
  const endpoint = attempt('SMS_ENDPOINT', () => parseBaseUrl(read('SMS_ENDPOINT') ?? defaults.endpoint)) ?? new URL(defaults.endpoint);
  const reportToken = read('SMS_REPORT_TOKEN') ?? null;
  if (reportToken !== null && reportToken.length < 16) problems.push('SMS_REPORT_TOKEN: must be at least 16 characters long (e.g. `openssl rand -hex 16`)');
  const perNumber = (name: string, fallback: number) => attempt(name, () => parseWhole(read(name) ?? String(fallback), 1, 1_000)) ?? fallback;
  return Object.freeze({
    provider,
    accessKeyId,
    accessKeySecret,
    signName,
    templates: Object.freeze(templates),
    appId,
    region: read('SMS_REGION') ?? defaults.region,
    endpoint,
    spoolFile: resolve(process.cwd(), read('SMS_SPOOL') ?? 'data/sms-spool.jsonl'),
    perNumberPerHour: perNumber('SMS_NUMBER_PER_HOUR', 5),
    perNumberPerDay: perNumber('SMS_NUMBER_PER_DAY', 20),
    reportToken,
  });
}

/** `pickup_guest=SMS_123,pickup_driver=SMS_456` (Tencent's template ids are numbers: `pickup_guest=1234567`). */
function parseTemplateCodes(raw: string): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const pair of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([a-z][a-z0-9_]*)\s*=\s*([A-Za-z0-9_-]+)$/.exec(pair);
    if (!match) throw new Error(`"${pair}" is not template=code (e.g. pickup_guest=SMS_123456789)`);
    if (Object.hasOwn(codes, match[1])) throw new Error(`template "${match[1]}" is given twice`);
    codes[match[1]] = match[2];
  }
  return codes;
}

function parsePort(raw: string): number {
  if (!/^\d+$/.test(raw)) throw new Error(`"${raw}" is not a port number (0-65535)`);
  const port = Number(raw);
  if (port > 65535) throw new Error(`${port} is above 65535`);
  return port;
}

function parseWhole(raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new Error(`"${raw}" is not a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

function parseHost(raw: string): string {
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(raw)) throw new Error(`"${raw}" is not a host name or address`);
  return raw;
}

function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`"${raw}" is not an absolute URL (e.g. https://huiwu.example.org)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`"${raw}" must use http or https`);
  }
  if (url.search || url.hash) throw new Error(`"${raw}" must not carry a query or fragment`);
  return url;
}

function parseTimeZone(raw: string): string {
  if (!IANAZone.isValidZone(raw)) throw new Error(`"${raw}" is not an IANA time zone (e.g. Asia/Shanghai)`);
  return raw;
}

function oneOf<T extends string>(raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new Error(`"${raw}" is not one of ${allowed.join(', ')}`);
  }
  return raw as T;
}
