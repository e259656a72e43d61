import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BoundaryStage } from '../../../src/byod/progress';

/*
 * The page's side of the workers with a stand-in Worker that answers when told: each request's progress goes to
 * its listener, its result resolves it, and Cancel ends the worker (the next request starts a new one).
 */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  readonly url: string;
  sent: { id: number; file: string; targets?: unknown; options?: unknown }[] = [];
  terminated = false;
  constructor(url: URL) {
    super();
    this.url = url.pathname.split('/').pop() ?? '';
    FakeWorker.started.push(this);
  }
  postMessage(message: { id: number; file: string }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

describe('worker client', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends a table to the metrics worker, passes its progress on and resolves with its answer', async () => {
    const { readMetricsInWorker } = await import('../../../src/byod/worker-client');
    const stages: [BoundaryStage, number | null][] = [];
    const bytes = new TextEncoder().encode('region,value\n浙江,1');
    const targets = [{ level: 'province' as const, regions: [] }];
    const answer = readMetricsInWorker(bytes, 'x.csv', targets, { sheet: 'B' }, new AbortController().signal, (s, f) =>
      stages.push([s, f]),
    );
    const worker = FakeWorker.started[0]!;
    expect(worker.url).toBe('metrics-worker.ts');
    const { id } = worker.sent[0]!;
    expect(worker.sent[0]).toMatchObject({ file: 'x.csv', targets, options: { sheet: 'B' } });
    worker.answer({ id: id + 1, kind: 'result', ok: false, issues: [], notes: [] });
    worker.answer({ id, kind: 'progress', stage: 'checking', fraction: 0.5 });
    worker.answer({ id, kind: 'result', ok: false, issues: [{ code: 'noRows' }], notes: [] });
    expect(await answer).toMatchObject({ id, ok: false, issues: [{ code: 'noRows' }] });
    expect(stages).toEqual([['checking', 0.5]]);
  });

  it('a load held at a stage (window.__byodHold) takes no later answer until the hold lets go, and Cancel still ends it', async () => {
    let release: () => void = () => {};
    const holds: BoundaryStage[] = [];
    vi.stubGlobal('window', {
      __byodHold: (stage: BoundaryStage) => {
        holds.push(stage);
        return stage === 'checking' ? new Promise<void>((resolve) => (release = resolve)) : undefined;
      },
    });
    const { readMetricsInWorker } = await import('../../../src/byod/worker-client');
    const stages: BoundaryStage[] = [];
    let settled = false;
    const answer = readMetricsInWorker(new Uint8Array(1), 'h.csv', [], {}, new AbortController().signal, (s) =>
      stages.push(s),
    );
    void answer.then(() => (settled = true));
    const worker = FakeWorker.started[0]!;
    const { id } = worker.sent[0]!;
    worker.answer({ id, kind: 'progress', stage: 'checking', fraction: null });
    worker.answer({ id, kind: 'progress', stage: 'measuring', fraction: null });
    worker.answer({ id, kind: 'result', ok: false, issues: [], notes: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stages).toEqual(['checking']);
    expect(settled).toBe(false);
    release();
    expect(await answer).toMatchObject({ id, ok: false });
    expect(stages).toEqual(['checking', 'measuring']);
    expect(holds).toEqual(['checking', 'measuring']);

    const load = new AbortController();
    const held = readMetricsInWorker(new Uint8Array(1), 'i.csv', [], {}, load.signal, () => {});
    const next = FakeWorker.started[0]!.sent[1]!;
    FakeWorker.started[0]!.answer({ id: next.id, kind: 'progress', stage: 'checking', fraction: null });
    load.abort('cancelled');
    expect(await held).toBe('cancelled');
    expect(FakeWorker.started[0]!.terminated).toBe(true);
  });

  it('Cancel ends the metrics worker and answers "cancelled"; the next table starts a new one', async () => {
    const { readMetricsInWorker } = await import('../../../src/byod/worker-client');
    const load = new AbortController();
    const bytes = new Uint8Array([1, 2, 3]);
    const first = readMetricsInWorker(bytes, 'a.csv', [], {}, load.signal, () => {});
    load.abort('cancelled');
    expect(await first).toBe('cancelled');
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    void readMetricsInWorker(bytes, 'b.csv', [], {}, new AbortController().signal, () => {});
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('a worker that fails answers with a refusal naming the file', async () => {
    const { readMetricsInWorker } = await import('../../../src/byod/worker-client');
    const answer = readMetricsInWorker(new Uint8Array(1), 'c.xlsx', [], {}, new AbortController().signal, () => {});
    FakeWorker.started[0]!.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    expect(await answer).toMatchObject({
      ok: false,
      issues: [{ code: 'unexpected', file: 'c.xlsx', params: { detail: 'out of memory' } }],
    });
  });

  it('a drawable boundary result comes first; the check goes on in its own worker once started, told to the hold only', async () => {
    const holds: BoundaryStage[] = [];
    vi.stubGlobal('window', { __byodHold: (stage: BoundaryStage) => void holds.push(stage) });
    const { checkInWorker } = await import('../../../src/byod/worker-client');
    const stages: BoundaryStage[] = [];
    const load = new AbortController();
    const first = checkInWorker(new Uint8Array(1), 'b.geojson', 'code', 'packed', load.signal, (s) => stages.push(s));
    const worker = FakeWorker.started[0]!;
    expect(worker.url).toBe('boundary-worker.ts');
    const { id } = worker.sent[0]!;
    worker.answer({ id, kind: 'progress', stage: 'checking', fraction: 0 });
    worker.answer({ id, kind: 'result', ok: true, checking: true, regions: [] });
    const result = await first;
    if (result === 'cancelled' || !result.ok || !result.later) throw new Error('expected a drawable result');
    // Nothing more runs until the page has drawn; once it has, the load's end no longer ends the check.
    expect(worker.sent).toHaveLength(1);
    result.later.start();
    expect(worker.sent[1]).toEqual({ id, kind: 'finish' });
    load.abort('replaced');
    expect(worker.terminated).toBe(false);
    // The next load gets a worker of its own.
    void checkInWorker(new Uint8Array(1), 'c.geojson', 'code', 'packed', new AbortController().signal, () => {});
    expect(FakeWorker.started).toHaveLength(2);
    worker.answer({ id, kind: 'progress', stage: 'repairing', fraction: 0 });
    worker.answer({ id, kind: 'checked', ok: true, regions: [], shapes: null, warnings: [], repaired: 0 });
    expect(await result.later.outcome).toMatchObject({ ok: true, shapes: null });
    expect(stages).toEqual(['checking']);
    expect(holds).toEqual(['checking', 'repairing']);
    expect(worker.terminated).toBe(true);
  });

  it('a load that ends before its result is drawn ends the check waiting in the worker', async () => {
    const { checkInWorker } = await import('../../../src/byod/worker-client');
    const load = new AbortController();
    const first = checkInWorker(new Uint8Array(1), 'b.geojson', 'code', 'packed', load.signal, () => {});
    const worker = FakeWorker.started[0]!;
    worker.answer({ id: worker.sent[0]!.id, kind: 'result', ok: true, checking: true, regions: [] });
    const result = await first;
    if (result === 'cancelled' || !result.ok || !result.later) throw new Error('expected a drawable result');
    load.abort('replaced');
    expect(await result.later.outcome).toBe('cancelled');
    expect(worker.terminated).toBe(true);
  });

  it('the check after drawing ends with "cancelled" when new boundaries replace those it checks', async () => {
    const { checkInWorker } = await import('../../../src/byod/worker-client');
    const first = checkInWorker(
      new Uint8Array(1),
      'b.geojson',
      'code',
      'packed',
      new AbortController().signal,
      () => {},
    );
    const worker = FakeWorker.started[0]!;
    worker.answer({ id: worker.sent[0]!.id, kind: 'result', ok: true, checking: true, regions: [] });
    const result = await first;
    if (result === 'cancelled' || !result.ok || !result.later) throw new Error('expected a drawable result');
    result.later.cancel();
    expect(await result.later.outcome).toBe('cancelled');
    expect(worker.terminated).toBe(true);
  });
});
