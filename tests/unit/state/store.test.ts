import { describe, expect, it } from 'vitest';
import { Store } from '../../../src/state/store';
import { parseUrlState, type AppState } from '../../../src/state/url-state';

const initial = (): AppState => parseUrlState('?view=zhejiang&lang=en', 'en').state;

/** A store with a listener that records every call it gets. */
function watched() {
  const store = new Store(initial());
  const calls: { state: AppState; previous: AppState }[] = [];
  const unsubscribe = store.subscribe((state, previous) => calls.push({ state, previous }));
  return { store, calls, unsubscribe };
}

describe('Store', () => {
  it('starts with the state it was given', () => {
    const state = initial();
    expect(new Store(state).state).toBe(state);
  });

  it('merges a change into a new object and tells listeners the new and the previous state', () => {
    const { store, calls } = watched();
    const before = store.state;
    store.update({ metric: 'residents-per-km2', lang: 'zh' });
    expect(store.state).not.toBe(before);
    expect(store.state).toEqual({ ...before, metric: 'residents-per-km2', lang: 'zh' });
    expect(before.lang).toBe('en');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.state).toBe(store.state);
    expect(calls[0]!.previous).toBe(before);
  });

  it('ignores a change that changes nothing, so listeners do not redraw for it', () => {
    const { store, calls } = watched();
    const before = store.state;
    store.update({ view: before.view, lang: before.lang });
    store.update({});
    expect(store.state).toBe(before);
    expect(calls).toEqual([]);
  });

  it('counts a change from a value to null as a change', () => {
    const { store, calls } = watched();
    store.update({ popup: 'hangzhou' });
    store.update({ popup: null });
    expect(calls.map((c) => c.state.popup)).toEqual(['hangzhou', null]);
    expect(calls[1]!.previous.popup).toBe('hangzhou');
  });

  it('calls listeners in the order they subscribed, each once per change', () => {
    const store = new Store(initial());
    const order: string[] = [];
    store.subscribe(() => order.push('first'));
    store.subscribe(() => order.push('second'));
    store.update({ view: 'china' });
    expect(order).toEqual(['first', 'second']);
  });

  it('stops calling a listener once it unsubscribes, and keeps calling the others', () => {
    const { store, calls, unsubscribe } = watched();
    const others: AppState[] = [];
    store.subscribe((state) => others.push(state));
    store.update({ view: 'china' });
    unsubscribe();
    store.update({ view: 'hangzhou' });
    expect(calls.map((c) => c.state.view)).toEqual(['china']);
    expect(others.map((s) => s.view)).toEqual(['china', 'hangzhou']);
  });

  it('lets a listener read the store already holding the new state', () => {
    const store = new Store(initial());
    let seen: string | null = null;
    store.subscribe(() => {
      seen = store.state.metric;
    });
    store.update({ metric: 'residents' });
    expect(seen).toBe('residents');
  });
});
