import type { AppState } from './url-state';

type Listener = (state: AppState, previous: AppState) => void;

/** The one copy of the app's state; everything else derives from it on change. */
export class Store {
  private listeners: Listener[] = [];

  constructor(private current: AppState) {}

  get state(): AppState {
    return this.current;
  }

  update(changes: Partial<AppState>): void {
    const previous = this.current;
    const next = { ...previous, ...changes };
    if ((Object.keys(changes) as (keyof AppState)[]).every((k) => previous[k] === next[k])) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
}
