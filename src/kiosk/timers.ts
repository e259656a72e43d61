/** Every timeout the kiosk runs has one of these names. */
export type KioskTimer = 'step' | 'idle' | 'cursor' | 'watchdog' | 'context-restore' | 'reload' | 'notice';

/**
 * Every timeout the kiosk runs, by name: setting a name replaces its previous timeout, so over days
 * of running there are never more pending timers than names, and `clearAll` stops everything.
 */
export class Timers<Name extends string = KioskTimer> {
  private readonly pending = new Map<Name, ReturnType<typeof setTimeout>>();

  set(name: Name, delayMs: number, run: () => void): void {
    this.clear(name);
    this.pending.set(
      name,
      setTimeout(
        () => {
          this.pending.delete(name);
          run();
        },
        Math.max(0, delayMs),
      ),
    );
  }

  clear(name: Name): void {
    const id = this.pending.get(name);
    if (id === undefined) return;
    clearTimeout(id);
    this.pending.delete(name);
  }

  has(name: Name): boolean {
    return this.pending.has(name);
  }

  get size(): number {
    return this.pending.size;
  }

  clearAll(): void {
    for (const id of this.pending.values()) clearTimeout(id);
    this.pending.clear();
  }
}
