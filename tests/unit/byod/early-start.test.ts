import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyCheckFits } from '../../../src/byod/early-start';
import type { LoadSource } from '../../../src/byod/host';
import type { BoundaryStage } from '../../../src/byod/progress';

/** A stand-in Worker that answers when told (as in worker-client.test.ts). */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  sent: { id: number; bytes: unknown; file: string; key: string | null; shapes: string }[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(message: { id: number; bytes: unknown; file: string; key: string | null; shapes: string }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

const link: LoadSource = { kind: 'link', path: 'bench/districts.geojson', role: 'boundaries', key: 'code' };
const early = { path: 'bench/districts.geojson', key: 'code', shapes: 'packed' } as const;
const geojson = '{"type":"FeatureCollection","features":[]}';

function requestSent(): FakeWorker {
  expect(FakeWorker.started[0]?.sent).toHaveLength(1);
  return FakeWorker.started[0]!;
}

describe('earlyCheckFits', () => {
  it('takes the same link, key and form of shapes only', () => {
    expect(earlyCheckFits(early, link, 'packed')).toBe(true);
    expect(earlyCheckFits(early, link, 'geojson')).toBe(false);
    expect(earlyCheckFits(early, { ...link, key: null }, 'packed')).toBe(false);
    expect(earlyCheckFits(early, { ...link, path: 'other.geojson' }, 'packed')).toBe(false);
    expect(earlyCheckFits(early, { ...link, role: 'metrics' }, 'packed')).toBe(false);
    const file = new File([geojson], 'districts.geojson');
    expect(earlyCheckFits(early, { kind: 'file', file, via: 'drop' }, 'packed')).toBe(false);
  });
});

describe('startEarlyCheck and claimEarlyCheck', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('location', { href: 'http://127.0.0.1:4472/app/?boundaries=bench/districts.geojson' });
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('has the worker read the link and check it before any load; the load of that link takes the outcome', async () => {
    const { claimEarlyCheck, startEarlyCheck } = await import('../../../src/byod/early-start');
    startEarlyCheck(early.path, early.key, early.shapes);
    const worker = requestSent();
    // The link made absolute against the page: the worker's own URL is under assets/.
    expect(worker.sent[0]).toMatchObject({
      bytes: { url: 'http://127.0.0.1:4472/app/bench/districts.geojson' },
      file: early.path,
      key: 'code',
      shapes: 'packed',
    });
    const { id } = worker.sent[0]!;
    worker.answer({ id, kind: 'progress', stage: 'checking', fraction: 0.5 });
    const taken = claimEarlyCheck(link, 'packed');
    expect(taken).not.toBeNull();
    // The load hears the stage the check is in at once, then what follows.
    const stages: [BoundaryStage, number | null][] = [];
    taken!.follow((stage, fraction) => stages.push([stage, fraction]));
    worker.answer({ id, kind: 'progress', stage: 'repairing', fraction: 0 });
    worker.answer({ id, kind: 'result', ok: false, issues: [{ code: 'noFeatures' }], notes: [] });
    const outcome = await taken!.outcome;
    // A refused read (not found, a web page, too large) comes back the same way, named by the worker.
    expect(outcome).toMatchObject({ result: { ok: false, issues: [{ code: 'noFeatures' }] } });
    expect(stages).toEqual([
      ['checking', 0.5],
      ['repairing', 0],
    ]);
    // Taken once: the next load reads for itself, and no second early check starts.
    expect(claimEarlyCheck(link, 'packed')).toBeNull();
    startEarlyCheck(early.path, early.key, early.shapes);
    expect(claimEarlyCheck(link, 'packed')).toBeNull();
  });

  it('is ended, its worker with it, when the first load is of something else or for the other map', async () => {
    const { claimEarlyCheck, startEarlyCheck } = await import('../../../src/byod/early-start');
    startEarlyCheck(early.path, early.key, early.shapes);
    const worker = requestSent();
    expect(claimEarlyCheck(link, 'geojson')).toBeNull();
    expect(worker.terminated).toBe(true);
  });

  it('the reader’s Cancel ends it: its outcome says cancelled', async () => {
    const { claimEarlyCheck, startEarlyCheck } = await import('../../../src/byod/early-start');
    startEarlyCheck(early.path, early.key, early.shapes);
    const worker = requestSent();
    const taken = claimEarlyCheck(link, 'packed')!;
    taken.abort();
    expect(await taken.outcome).toMatchObject({ result: 'cancelled' });
    expect(worker.terminated).toBe(true);
  });
});
