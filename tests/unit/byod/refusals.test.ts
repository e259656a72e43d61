// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionsOf, type RegionCollection } from '../../../src/data/boundaries';
import { looksLikeGeoJsonStart, ROLE_SNIFF_BYTES, roleOf } from '../../../src/byod/formats/role';
import type { Issue, Note } from '../../../src/byod/issues';
import type { JoinTarget } from '../../../src/byod/join-user';
import { MAX_METRICS_BYTES, megabytes } from '../../../src/byod/limits';
import { readBoundaries } from '../../../src/byod/read-boundaries';
import { metricsTooLarge } from '../../../src/byod/read-metrics';
import { refusedReport } from '../../../src/byod/report-view';
import { readMetricsFile } from '../../../src/byod/user-choropleth';
import { BAD_INPUTS, type BadInput } from '../../fixtures/byod-refusals';

/*
 * Every bad file of tests/fixtures/byod-refusals.ts read by the page's own code, in the order the page reads it
 * (src/byod/controller.ts: role by name and first bytes, then the boundary or metrics worker's reading, whose
 * answers equal these one-thread readings: metrics-worker.test.ts), and its alert as the page renders it. Before
 * 4 Dec 2026 each was a step of a browser test (17 files over three MapLibre pages); byod.spec.ts keeps one file of
 * each way a refusal reaches the page, over each kind of map, and checks there that the map stays as it was.
 */

const geo = (file: string) => regionsOf(JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as RegionCollection);
const BUILT_IN: JoinTarget[] = [
  { level: 'province', regions: geo('provinces.json') },
  { level: 'city', regions: geo('zhejiang-cities.json') },
];

/** The regions a metrics file may name over each kind of map (the controller's joinTargets). */
function targets(previous: BadInput['previous']): JoinTarget[] {
  if (previous !== 'districts') return BUILT_IN;
  const districts = readFileSync('tests/e2e/fixtures/byod/districts.geojson');
  const read = readBoundaries(new Uint8Array(districts), 'districts.geojson', null);
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return [{ level: 'custom', regions: regionsOf(read.collection) }, ...BUILT_IN];
}

/** The refusal the page would show for a file, read as the controller reads a picked, dropped or linked file. */
async function refusal(bad: BadInput): Promise<{ issues: Issue[]; notes: Note[] }> {
  const bytes = new Uint8Array(bad.bytes());
  const role =
    bad.via === 'link'
      ? looksLikeGeoJsonStart(bytes)
        ? 'boundaries'
        : 'metrics'
      : roleOf(bad.name, bytes.subarray(0, ROLE_SNIFF_BYTES));
  // The page refuses a picked file over the limit before reading it, with the worker's own issue and figures.
  const tooLarge = role === 'metrics' ? metricsTooLarge(bytes, bad.name) : null;
  if (tooLarge) return tooLarge;
  const read =
    role === 'boundaries'
      ? readBoundaries(bytes, bad.name, null)
      : await readMetricsFile(bytes, bad.name, targets(bad.previous));
  if (read.ok) throw new Error(`${bad.name} was shown, not refused`);
  return read;
}

describe('a bad file is refused with an alert that names the file, the row or feature, and the problem', () => {
  // A link the server does not have is answered by the server: byod.spec.ts loads it.
  for (const bad of BAD_INPUTS.filter((b) => b.name !== 'missing.csv'))
    it(`${bad.title} (${bad.name})`, async () => {
      const { issues, notes } = await refusal(bad);
      expect(issues.length).toBeGreaterThan(0);
      const alert = refusedReport(issues, notes)('en');
      expect(alert.getAttribute('role')).toBe('alert');
      const text = alert.textContent ?? '';
      expect(text).toContain(`Could not show ${bad.name}. The map still shows what it showed before.`);
      for (const piece of bad.says)
        if (typeof piece === 'string') expect(text).toContain(piece);
        else expect(text).toMatch(piece);
    });

  it('says the size of a file far too large as the page does before reading it', () => {
    const huge = BAD_INPUTS.find((b) => b.name === 'huge.csv')!;
    const issue = metricsTooLarge(new Uint8Array(huge.bytes()), 'huge.csv')!.issues[0]!;
    // src/byod/controller.ts refuses a picked file by its size with these parameters, before reading it.
    expect(issue.params).toEqual({ size: megabytes(6_000_000), limit: megabytes(MAX_METRICS_BYTES) });
  });
});
