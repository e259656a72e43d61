/** Who has the map: the guided tour, or a visitor who touched it. */
export type KioskMode = 'tour' | 'visitor';

export interface IdleState {
  readonly mode: KioskMode;
  /** When the visitor last touched, clicked or typed (ms on the caller's clock); null while the tour plays. */
  readonly lastInputMs: number | null;
}

export const TOUR_PLAYING: IdleState = { mode: 'tour', lastInputMs: null };

/** Any touch, click, wheel or key: the visitor has the map, and the idle countdown starts again. */
export function onInput(_state: IdleState, nowMs: number): IdleState {
  return { mode: 'visitor', lastInputMs: nowMs };
}

/** The clock moved on: a visitor who has been idle for `idleMs` hands the map back to the tour. */
export function onTick(state: IdleState, nowMs: number, idleMs: number): IdleState {
  if (state.mode === 'visitor' && state.lastInputMs !== null && nowMs - state.lastInputMs >= idleMs)
    return TOUR_PLAYING;
  return state;
}

/** The visitor asked for the tour back (the "back to the tour" button). */
export function onResume(): IdleState {
  return TOUR_PLAYING;
}

/** When the tour takes over if nothing else happens; null while it already plays. */
export function resumeAtMs(state: IdleState, idleMs: number): number | null {
  return state.mode === 'visitor' && state.lastInputMs !== null ? state.lastInputMs + idleMs : null;
}
