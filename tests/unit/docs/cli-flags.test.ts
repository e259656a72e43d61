import { describe, expect, it } from 'vitest';
import { USAGE } from '../../../scripts/snapshot-args';
import { readPage, section, tableRows } from './markdown';

/** Each flag `npm run snapshot -- --help` prints, with the text of its entry (its line and the lines under it). */
function helpEntries(usage: string): Map<string, string> {
  const entries = new Map<string, string>();
  let current: string[] = [];
  for (const line of usage.split('\n')) {
    if (/^\s+-/.test(line)) {
      const [names = '', ...rest] = line.trim().split(/\s{2,}/);
      current = names.match(/-{1,2}[a-z][a-z-]*/g) ?? [];
      for (const flag of current) entries.set(flag, rest.join(' '));
    } else if (/^\s+\S/.test(line) && current.length > 0) {
      for (const flag of current) entries.set(flag, `${entries.get(flag)} ${line.trim()}`);
    } else current = [];
  }
  return entries;
}

const words = (text: string) => new Set(text.split(/[\s,;:()/'"]+/).filter(Boolean));
const codeIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
// A value or a flag, as the help text writes it; file names and paths in the table are examples, not values.
const VALUE = /^-{0,2}[a-z0-9][a-z0-9-]*$/;

describe('docs/export.md against npm run snapshot -- --help', () => {
  const help = helpEntries(USAGE);
  const rows = tableRows(section(readPage('docs/export.md'), '## From the command line')).map(
    ([flags = '', values = '', byDefault = '']) => ({ flags: codeIn(flags), values, byDefault }),
  );

  it('reads the help text and the table', () => {
    expect(help.size).toBeGreaterThan(10);
    expect(rows.length).toBeGreaterThan(10);
  });

  it('lists exactly the flags the help prints', () => {
    const documented = rows.flatMap((row) => row.flags).sort();
    expect(documented).toEqual([...help.keys()].sort());
  });

  it('names for each flag only values and flags its help names', () => {
    const unknown = rows.flatMap(({ flags, values, byDefault }) => {
      const known = words(flags.map((flag) => help.get(flag) ?? '').join(' '));
      return [...codeIn(values), ...codeIn(byDefault)]
        .filter((code) => VALUE.test(code) && !known.has(code))
        .map((code) => `${flags.join(', ')}: ${code}`);
    });
    expect(unknown).toEqual([]);
  });

  it('gives each flag the default its help gives', () => {
    const wrong = rows.flatMap(({ flags, byDefault }) =>
      flags.flatMap((flag) => {
        const stated = /default:? ([\w.-]+)\)/.exec(help.get(flag) ?? '')?.[1];
        return stated === undefined || words(byDefault.replace(/`/g, '')).has(stated)
          ? []
          : [`${flag}: help says default ${stated}, the table "${byDefault}"`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
