import { InterkalError } from '@interkal/core';
import { renderCalendar } from '@interkal/ics';
import { type Command, parseCommand, UsageError } from './args.js';
import { formatHolidayTable, formatTraditionList } from './format-table.js';
import { HELP } from './help.js';
import { getHolidays, listTraditions } from './library.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

/** UIDs need a domain; `.invalid` is reserved (RFC 2606), so CLI UIDs never collide with a real feed's. */
export const CLI_HOST = 'interkal.invalid';

/** Runs one command line; every failure becomes one line on stderr and an exit code, never a stack trace. */
export function run(argv: readonly string[], io: Io): number {
  let command: Command | undefined;
  try {
    command = parseCommand(argv);
    io.stdout(execute(command));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`interkal: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InterkalError) {
      io.stderr(`interkal: ${describeInterkalError(error, command)}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`interkal: internal error: ${firstLine(message)}\n`);
    return EXIT_INTERNAL;
  }
}

function execute(command: Command): string {
  switch (command.kind) {
    case 'help':
      return HELP[command.topic];
    case 'traditions': {
      const traditions = listTraditions(command.locale);
      return command.format === 'json'
        ? `${JSON.stringify(traditions, null, 2)}\n`
        : formatTraditionList(traditions);
    }
    case 'holidays': {
      const occurrences = getHolidays(command.query);
      if (command.format === 'json') return `${JSON.stringify(occurrences, null, 2)}\n`;
      if (command.format === 'ics') {
        return renderCalendar(occurrences, {
          name: 'interkal',
          description: calendarDescription(command),
          host: CLI_HOST,
          locale: command.locale,
          ...(command.cityName ? { placeName: command.cityName } : {}),
        });
      }
      const traditionNames = new Map(listTraditions(command.locale).map((t) => [t.id, t.name]));
      return formatHolidayTable(occurrences, { locale: command.locale, traditionNames });
    }
  }
}

function calendarDescription(command: Extract<Command, { kind: 'holidays' }>): string {
  const { year, from, to } = command.query;
  const range = year === undefined ? `${from} – ${to}` : String(year);
  return command.locale.startsWith('de')
    ? `Feiertage der Religionen und Kulturen, ${range}`
    : `Holidays of religions and cultures, ${range}`;
}

/** Core's parameter names → the options that set them, so the message names what the user typed. */
const OPTION_FOR_PARAMETER: Record<string, string> = {
  year: '--year',
  from: '--from',
  to: '--to',
  traditions: '--traditions',
  ids: '--ids',
  importance: '--importance',
  locale: '--lang',
  jewish: '--jewish',
  islamicMethod: '--islamic-method',
  crescentCriterion: '--crescent-criterion',
  islamicCountry: '--islamic-country',
  vesak: '--vesak',
  sikhCalendar: '--sikh-calendar',
  place: '--place',
};

/** Where core's "allowed" speaks of its API, say it in command-line terms. */
const ALLOWED_FOR_PARAMETER: Record<string, string> = {
  ids: 'the ids `interkal traditions` lists',
  place: 'LAT −90…90, LON −180…180 and an IANA ZONE such as Europe/Berlin',
};

function describeInterkalError(error: InterkalError, command: Command | undefined): string {
  const option = OPTION_FOR_PARAMETER[error.parameter];
  if (option === undefined) return firstLine(error.message);
  const given = error.parameter === 'place' && command?.kind === 'holidays' ? command.place : error.value;
  const allowed = ALLOWED_FOR_PARAMETER[error.parameter] ?? error.allowed;
  return `invalid ${option} ${JSON.stringify(given)}: allowed ${allowed}`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!;
}
