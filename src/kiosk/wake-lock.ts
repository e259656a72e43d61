export type WakeLockState = 'held' | 'released' | 'unsupported' | 'refused';

/**
 * Keeps the screen on where the browser offers the Screen Wake Lock API. The browser drops the lock
 * whenever the page is hidden, so it is asked for again each time the page becomes visible.
 */
export class ScreenWakeLock {
  private sentinel: WakeLockSentinel | null = null;
  private current: WakeLockState = 'released';
  private requesting = false;
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.acquire();
  };
  private readonly onRelease = () => {
    this.sentinel = null;
    if (this.current === 'held') this.current = 'released';
  };

  get state(): WakeLockState {
    return this.current;
  }

  start(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.acquire();
  }

  stop(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    const sentinel = this.sentinel;
    this.sentinel = null;
    this.current = 'released';
    sentinel?.removeEventListener('release', this.onRelease);
    void sentinel?.release().catch(() => undefined);
  }

  private async acquire(): Promise<void> {
    if (!('wakeLock' in navigator)) {
      this.current = 'unsupported';
      return;
    }
    if (this.requesting || (this.sentinel && !this.sentinel.released)) return;
    this.requesting = true;
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      sentinel.addEventListener('release', this.onRelease);
      this.sentinel = sentinel;
      this.current = 'held';
    } catch {
      // Refused (page hidden, battery saver, policy): the screen may dim, but nothing else is wrong.
      this.current = 'refused';
    } finally {
      this.requesting = false;
    }
  }
}
