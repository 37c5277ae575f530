import { type ParseArgsConfig, parseArgs } from 'node:util';
import { findCity, type HolidayQuery, placeOf } from '@interkal/core';

export const FORMATS = ['table', 'json', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: 'help'; topic: 'main' | 'holidays' | 'traditions' }
  | {
      kind: 'holidays';
      query: HolidayQuery;
      locale: string;
      format: Format;
      place: string | undefined;
      /** The named city of --city, for "sunset in Duisburg". */
      cityName?: string;
    }
  | { kind: 'traditions'; locale: string; format: Exclude<Format, 'ics'> };

/** A command line we cannot run: the message names the option and what it accepts. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const DEFAULT_LANG = 'en';

const HOLIDAY_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  year: { type: 'string' },
  traditions: { type: 'string' },
  ids: { type: 'string' },
  lang: { type: 'string' },
  jewish: { type: 'string' },
  'islamic-method': { type: 'string' },
  'crescent-criterion': { type: 'string' },
  'islamic-country': { type: 'string' },
  vesak: { type: 'string' },
  'sikh-calendar': { type: 'string' },
  place: { type: 'string' },
  city: { type: 'string' },
  importance: { type: 'string' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

const TRADITION_OPTIONS = {
  lang: { type: 'string' },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Turns argv (without node and script) into a command; checks syntax only, core checks values. */
export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError('missing command: holidays or traditions (see interkal --help)');
    case '--help':
    case '-h':
    case 'help':
      return { kind: 'help', topic: helpTopic(rest[0]) };
    case 'holidays':
      return parseHolidays(rest);
    case 'traditions':
      return parseTraditions(rest);
    default:
      throw new UsageError(
        command.startsWith('-')
          ? `unknown option ${command} before the command (see interkal --help)`
          : `unknown command ${JSON.stringify(command)}: use holidays or traditions (see interkal --help)`,
      );
  }
}

function helpTopic(topic: string | undefined): 'main' | 'holidays' | 'traditions' {
  return topic === 'holidays' || topic === 'traditions' ? topic : 'main';
}

function parseHolidays(args: string[]): Command {
  const { values } = parse(args, HOLIDAY_OPTIONS, 'holidays');
  if (values.help) return { kind: 'help', topic: 'holidays' };
  const hasRange = values.from !== undefined || values.to !== undefined;
  if (values.year !== undefined && hasRange)
    throw new UsageError('give either --year or --from/--to, not both');
  if (values.year === undefined && (values.from === undefined || values.to === undefined)) {
    throw new UsageError('give --from YYYY-MM-DD and --to YYYY-MM-DD, or --year YYYY');
  }
  const query: HolidayQuery = {};
  if (values.year !== undefined) query.year = parseYear(values.year);
  if (values.from !== undefined) query.from = values.from;
  if (values.to !== undefined) query.to = values.to;
  if (values.traditions !== undefined) query.traditions = parseList('traditions', values.traditions);
  if (values.ids !== undefined) query.ids = parseList('ids', values.ids);
  if (values.importance !== undefined) query.importance = parseList('importance', values.importance);
  const locale = values.lang ?? DEFAULT_LANG;
  query.locale = locale;
  // Enumerated values go to core unchanged: it owns the lists and names them in its error.
  if (values.jewish !== undefined) query.jewish = values.jewish as HolidayQuery['jewish'];
  if (values['islamic-method'] !== undefined)
    query.islamicMethod = values['islamic-method'] as HolidayQuery['islamicMethod'];
  if (values['crescent-criterion'] !== undefined)
    query.crescentCriterion = values['crescent-criterion'] as HolidayQuery['crescentCriterion'];
  if (values['islamic-country'] !== undefined)
    query.islamicCountry = values['islamic-country'] as HolidayQuery['islamicCountry'];
  if (values.vesak !== undefined) query.vesak = values.vesak as HolidayQuery['vesak'];
  if (values['sikh-calendar'] !== undefined)
    query.sikhCalendar = values['sikh-calendar'] as HolidayQuery['sikhCalendar'];
  if (values.place !== undefined && values.city !== undefined)
    throw new UsageError('give either --place or --city, not both');
  if (values.place !== undefined) query.place = parsePlace(values.place);
  const city = values.city === undefined ? undefined : findCity(values.city);
  if (values.city !== undefined && !city) {
    throw new UsageError(
      `unknown --city ${JSON.stringify(values.city)}: give one of the 81 largest German cities, such as duisburg or munich`,
    );
  }
  if (city) query.place = placeOf(city);
  return {
    kind: 'holidays',
    query,
    locale,
    format: parseFormat(values.format, FORMATS),
    place: values.place,
    ...(city ? { cityName: city.name } : {}),
  };
}

function parseTraditions(args: string[]): Command {
  const { values } = parse(args, TRADITION_OPTIONS, 'traditions');
  if (values.help) return { kind: 'help', topic: 'traditions' };
  return {
    kind: 'traditions',
    locale: values.lang ?? DEFAULT_LANG,
    format: parseFormat(values.format, ['table', 'json'] as const),
  };
}

function parse<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  command: string,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(`${describeParseError(error, args)} (see interkal ${command} --help)`);
  }
}

/** node:util's messages are long and suggest `--` tricks; say what was wrong in a few words. */
function describeParseError(error: unknown, args: string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? args.find((arg) => arg.startsWith('-')) ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(quoted ?? '')}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `${quoted?.split(' ')[0] ?? 'an option'} needs a value`;
    default:
      return message.split('\n')[0]!;
  }
}

function parseYear(value: string): number {
  if (!/^\d{1,4}$/.test(value)) throw new UsageError(`invalid --year ${JSON.stringify(value)}: give YYYY`);
  return Number(value);
}

function parseList(option: string, value: string): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) throw new UsageError(`--${option} needs at least one value (comma-separated)`);
  return items;
}

function parsePlace(value: string): HolidayQuery['place'] {
  const parts = value.split(',').map((part) => part.trim());
  const [latitude, longitude, timeZone] = parts;
  const number = (text: string | undefined) => (text && /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN);
  if (parts.length !== 3 || Number.isNaN(number(latitude)) || Number.isNaN(number(longitude)) || !timeZone) {
    throw new UsageError(
      `invalid --place ${JSON.stringify(value)}: give LAT,LON,ZONE such as 51.51,7.47,Europe/Berlin`,
    );
  }
  // Core checks the ranges and the zone name.
  return { latitude: number(latitude), longitude: number(longitude), timeZone };
}

function parseFormat<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  if (value === undefined) return allowed[0]!;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`invalid --format ${JSON.stringify(value)}: use ${allowed.join(', ')}`);
}
