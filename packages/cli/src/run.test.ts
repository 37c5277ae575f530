import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getHolidays, listTraditions } from './library.js';
import { CLI_HOST, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, run } from './run.js';

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

describe('interkal holidays --format json', () => {
  const queries: [string[], Parameters<typeof getHolidays>[0]][] = [
    [['--year', '2026'], { year: 2026 }],
    [
      ['--from', '2025-12-20', '--to', '2026-01-10', '--lang', 'de', '--traditions', 'christianity,judaism'],
      { from: '2025-12-20', to: '2026-01-10', locale: 'de', traditions: ['christianity', 'judaism'] },
    ],
    [
      ['--year', '1900', '--ids', 'easter,christmas', '--importance', 'major', '--lang', 'tr'],
      { year: 1900, ids: ['easter', 'christmas'], importance: ['major'], locale: 'tr' },
    ],
    [
      ['--year', '2100', '--jewish', 'israel', '--islamic-method', 'tabular', '--vesak', 'thai'],
      { year: 2100, jewish: 'israel', islamicMethod: 'tabular', vesak: 'thai' },
    ],
    [
      [
        '--year',
        '2026',
        '--ids',
        'eid-al-fitr',
        '--islamic-method',
        'crescent',
        '--crescent-criterion',
        'yallop',
        '--islamic-country',
        'PK',
      ],
      {
        year: 2026,
        ids: ['eid-al-fitr'],
        islamicMethod: 'crescent',
        crescentCriterion: 'yallop',
        islamicCountry: 'PK',
      },
    ],
    [
      ['--year', '2026', '--traditions', 'islam', '--islamic-method', 'mabims'],
      { year: 2026, traditions: ['islam'], islamicMethod: 'mabims' },
    ],
    [
      ['--year', '2030', '--sikh-calendar', 'nanakshahi-2003', '--place', '51.51,7.47,Europe/Berlin'],
      {
        year: 2030,
        sikhCalendar: 'nanakshahi-2003',
        place: { latitude: 51.51, longitude: 7.47, timeZone: 'Europe/Berlin' },
      },
    ],
  ];

  it.each(queries)('prints exactly getHolidays() for %j', (argv, query) => {
    const result = cli('holidays', ...argv, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_OK);
    expect(JSON.parse(result.stdout)).toEqual(getHolidays(query));
  });
});

describe('interkal holidays --format table', () => {
  it('has one line per occurrence under localized headers, with eve markers', () => {
    const occurrences = getHolidays({ year: 2026, locale: 'de' });
    const result = cli('holidays', '--year', '2026', '--lang', 'de');
    expect(result.code).toBe(EXIT_OK);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Datum\s+bis\s+Feiertag\s+Tradition\s+Beginn\s+Unsicher\s+Zeitpunkt \(UTC\)$/);
    expect(lines).toHaveLength(occurrences.length + 1);
    occurrences.forEach((o, index) => {
      expect(lines[index + 1]).toContain(o.name);
      expect(lines[index + 1]!.includes('ab Vorabend')).toBe(o.startsEvening);
    });
  });

  it('is the default format and speaks English by default', () => {
    const result = cli('holidays', '--from', '2026-12-25', '--to', '2026-12-25', '--ids', 'christmas');
    expect(result.stdout).toMatch(/^Date\s+Until\s+Holiday\s+Tradition\s+Begins\s+Uncertain\n/);
    // 25 December 2026 is a Friday; Christmas (catalogue: 2 days) runs to Saturday the 26th.
    expect(result.stdout).toMatch(/\nFri 12\/25\/2026\s+Sat 12\/26\/2026\s+Christmas/);
  });
});

// Issue 11: Eid al-Fitr 2026 (20 March: Diyanet, "2026 Yılı Dini Günler") begins in Duisburg at sunset on
// 19 March, between 18:25 and 18:55 CET; the sunset itself is checked against published tables in core.
describe('interkal holidays --city / --place', () => {
  it('shows the local sunset of the evening before in the table', () => {
    const result = cli(
      'holidays',
      '--from',
      '2026-03-20',
      '--to',
      '2026-03-20',
      '--ids',
      'eid-al-fitr',
      '--lang',
      'de',
      '--city',
      'duisburg',
    );
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout).toMatch(/Ramadanfest.*ab Vorabend 18:(2[5-9]|[34]\d|5[0-5])/);
    const place = cli(
      'holidays',
      '--from',
      '2026-03-20',
      '--to',
      '2026-03-20',
      '--ids',
      'eid-al-fitr',
      '--place',
      '51.43,6.77,Europe/Berlin',
    );
    expect(place.stdout).toMatch(/from evening before 18:\d\d/);
  });

  it('names the city in the ICS description and gives startsAt in JSON', () => {
    const ics = cli(
      'holidays',
      '--year',
      '2026',
      '--ids',
      'eid-al-fitr',
      '--lang',
      'de',
      '--city',
      'Duisburg',
      '-f',
      'ics',
    );
    expect(ics.stdout.replace(/\r\n /g, '')).toMatch(/um 18:\d\d Uhr \(Sonnenuntergang in Duisburg\)/);
    const json = JSON.parse(
      cli('holidays', '--year', '2026', '--ids', 'eid-al-fitr', '--city', 'duisburg', '-f', 'json').stdout,
    );
    expect(json[0].startsAt).toMatch(/^2026-03-19T18:\d\d\+01:00$/);
  });

  it('refuses an unknown city and --city with --place', () => {
    expect(cli('holidays', '--year', '2026', '--city', 'atlantis')).toMatchObject({
      code: EXIT_USAGE,
      stdout: '',
    });
    expect(cli('holidays', '--year', '2026', '--city', 'berlin', '--place', '52,13,Europe/Berlin').code).toBe(
      EXIT_USAGE,
    );
  });
});

describe('interkal holidays --format ics', () => {
  it('renders one VEVENT per occurrence with CLI UIDs', () => {
    const occurrences = getHolidays({ year: 2026, locale: 'de', traditions: ['judaism'] });
    const result = cli('holidays', '--year', '2026', '--lang', 'de', '--traditions', 'judaism', '-f', 'ics');
    expect(result.code).toBe(EXIT_OK);
    expect(result.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(result.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(result.stdout.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(occurrences.length);
    expect(result.stdout).toContain(`UID:${occurrences[0]!.id}-${occurrences[0]!.date}`);
    expect(result.stdout).toContain(`@${CLI_HOST}\r\n`);
  });
});

describe('interkal traditions', () => {
  it('lists every tradition and holiday id', () => {
    const result = cli('traditions', '--lang', 'de');
    expect(result.code).toBe(EXIT_OK);
    for (const tradition of listTraditions('de')) {
      expect(result.stdout).toContain(`${tradition.id}: ${tradition.name}\n`);
      for (const holiday of tradition.holidays)
        expect(result.stdout).toMatch(new RegExp(`\\n {4}${holiday.id} `));
    }
  });

  it('prints listTraditions() as JSON', () => {
    const result = cli('traditions', '--format', 'json', '--lang', 'tr');
    expect(JSON.parse(result.stdout)).toEqual(listTraditions('tr'));
  });
});

describe('help', () => {
  it.each([['--help'], ['-h'], ['help'], ['holidays', '--help'], ['traditions', '-h'], ['help', 'holidays']])(
    '%j prints usage and exits 0',
    (...argv) => {
      const result = cli(...argv);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toMatch(/Usage:/);
      expect(result.stderr).toBe('');
    },
  );
});

describe('bad arguments: one line on stderr, exit code 2, nothing on stdout', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /missing command/],
    ['unknown command', ['calendar'], /unknown command "calendar"/],
    ['unknown option', ['holidays', '--year', '2026', '--colour'], /unknown option --colour/],
    ['option before the command', ['--year', '2026'], /unknown option --year/],
    ['missing value', ['holidays', '--year'], /--year needs a value/],
    ['stray argument', ['holidays', '--year', '2026', 'extra'], /unexpected argument "extra"/],
    ['no range', ['holidays'], /--from .* --to .* or --year/],
    ['year and range', ['holidays', '--year', '2026', '--from', '2026-01-01'], /either --year or --from/],
    ['year not a number', ['holidays', '--year', 'twenty'], /invalid --year "twenty"/],
    ['year out of range', ['holidays', '--year', '1899'], /invalid --year 1899: allowed years 1900–2100/],
    [
      'impossible date',
      ['holidays', '--from', '2026-02-30', '--to', '2026-03-01'],
      /invalid --from "2026-02-30"/,
    ],
    ['date format', ['holidays', '--from', '1.1.2026', '--to', '2026-03-01'], /invalid --from "1.1.2026"/],
    [
      'reversed range',
      ['holidays', '--from', '2026-05-01', '--to', '2026-04-01'],
      /invalid --from "2026-05-01"/,
    ],
    [
      'date out of range',
      ['holidays', '--from', '2026-01-01', '--to', '2101-01-01'],
      /invalid --to "2101-01-01"/,
    ],
    [
      'unknown tradition',
      ['holidays', '--year', '2026', '--traditions', 'islam,klingon'],
      /--traditions "klingon"/,
    ],
    ['unknown id', ['holidays', '--year', '2026', '--ids', 'easter,towel-day'], /--ids "towel-day"/],
    ['empty list', ['holidays', '--year', '2026', '--ids', ','], /--ids needs at least one value/],
    [
      'unknown language',
      ['holidays', '--year', '2026', '--lang', 'fr'],
      /invalid --lang "fr": allowed de, en/,
    ],
    ['bad importance', ['holidays', '--year', '2026', '--importance', 'huge'], /invalid --importance "huge"/],
    ['bad jewish option', ['holidays', '--year', '2026', '--jewish', 'mars'], /invalid --jewish "mars"/],
    ['bad method', ['holidays', '--year', '2026', '--islamic-method', 'x'], /invalid --islamic-method "x"/],
    [
      'bad criterion',
      ['holidays', '--year', '2026', '--islamic-method', 'crescent', '--crescent-criterion', 'naked-eye'],
      /invalid --crescent-criterion "naked-eye": allowed odeh, yallop/,
    ],
    [
      'bad country',
      ['holidays', '--year', '2026', '--islamic-country', 'DE'],
      /invalid --islamic-country "DE"/,
    ],
    ['bad vesak', ['holidays', '--year', '2026', '--vesak', 'x'], /invalid --vesak "x"/],
    [
      'bad sikh calendar',
      ['holidays', '--year', '2026', '--sikh-calendar', 'x'],
      /invalid --sikh-calendar "x"/,
    ],
    ['place syntax', ['holidays', '--year', '2026', '--place', '51.5,7.4'], /invalid --place "51.5,7.4"/],
    ['place range', ['holidays', '--year', '2026', '--place', '95,7.4,UTC'], /invalid --place "95,7.4,UTC"/],
    [
      'place zone',
      ['holidays', '--year', '2026', '--place', '51,7,Mars/Base'],
      /invalid --place "51,7,Mars\/Base"/,
    ],
    ['bad format', ['holidays', '--year', '2026', '--format', 'xml'], /invalid --format "xml"/],
    ['ics for traditions', ['traditions', '--format', 'ics'], /invalid --format "ics"/],
    ['traditions language', ['traditions', '--lang', 'xx'], /invalid --lang "xx"/],
  ];

  it.each(cases)('%s', (_, argv, message) => {
    const result = cli(...argv);
    expect(result.code).toBe(EXIT_USAGE);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^interkal: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  });

  it('reports an unexpected failure in one line with exit code 1', () => {
    const result = { code: 0, stderr: '' };
    result.code = run(['traditions'], {
      stdout: () => {
        throw new Error('disk full\n    at somewhere');
      },
      stderr: (text) => {
        result.stderr += text;
      },
    });
    expect(result).toEqual({ code: EXIT_INTERNAL, stderr: 'interkal: internal error: disk full\n' });
  });
});

describe('the real process', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const node = (...argv: string[]) =>
    spawnSync(
      process.execPath,
      ['--conditions=@interkal/source', '--import', 'tsx', 'packages/cli/src/main.ts', ...argv],
      { cwd: root, encoding: 'utf8' },
    );

  it('writes JSON to stdout and exits 0', () => {
    const result = node('holidays', '--year', '2026', '--ids', 'easter', '--format', 'json');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(getHolidays({ year: 2026, ids: ['easter'] }));
  });

  it('exits 2 with one stderr line and no stack trace', () => {
    const result = node('holidays', '--from', 'yesterday', '--to', '2026-01-01');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('interkal: invalid --from "yesterday": allowed a calendar date YYYY-MM-DD\n');
  });

  it('stops quietly when the reader closes the pipe', () => {
    // Eleven years of JSON (several hundred kB) exceed a 64 kB pipe buffer: the CLI is still writing when head exits.
    const script =
      'node --conditions=@interkal/source --import tsx packages/cli/src/main.ts holidays --from 2020-01-01 ' +
      '--to 2030-12-31 --format json | head -c 100 > /dev/null; echo "rc=$PIPESTATUS"'; // bash: the CLI's status
    const result = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toBe('rc=0\n');
    expect(result.stderr).toBe('');
  });
});
