import type { Timers } from './timers';
import { stepDurationMs, type Tour, type TourStep } from './tour';

export interface PlayerOptions {
  /** `?tour-interval` in seconds, or null to use each step's own duration. */
  intervalSecondsOverride: number | null;
  /** Puts a step on screen; `resumed` is true when the tour takes the map back from a visitor or a lost context. */
  show(step: TourStep, index: number, durationMs: number, resumed: boolean): void;
}

/** Plays a tour's steps in a loop with one timer; pausing keeps its place. */
export class TourPlayer {
  private index = 0;
  private played = 0;
  private running = false;

  constructor(
    private readonly tour: Tour,
    private readonly timers: Timers,
    private readonly options: PlayerOptions,
    start: { stepIndex: number; stepsPlayed: number } = { stepIndex: 0, stepsPlayed: 0 },
  ) {
    this.index = start.stepIndex < tour.steps.length ? start.stepIndex : 0;
    this.played = start.stepsPlayed;
  }

  get stepIndex(): number {
    return this.index;
  }

  /** Steps put on screen since the tour started (a resumed step counts again). */
  get stepsPlayed(): number {
    return this.played;
  }

  get playing(): boolean {
    return this.running;
  }

  /** Starts, or carries on from the current step after a pause. */
  play(): void {
    if (this.running) return;
    this.running = true;
    this.showStep(this.index, this.played > 0);
  }

  pause(): void {
    this.running = false;
    this.timers.clear('step');
  }

  /**
   * Puts a step on screen now and plays on from it, as its timer would have (a test hook: the layout spec measures
   * every step in one page instead of one reload per step). A paused tour only moves its place.
   */
  skipTo(index: number): void {
    this.timers.clear('step');
    if (this.running) this.showStep(index, false);
    else this.index = index % this.tour.steps.length;
  }

  private showStep(index: number, resumed: boolean): void {
    this.index = index % this.tour.steps.length;
    this.played += 1;
    const step = this.tour.steps[this.index]!;
    const durationMs = stepDurationMs(step, this.options.intervalSecondsOverride);
    this.options.show(step, this.index, durationMs, resumed);
    // show() may have paused the tour (a lost context): then the timer must not start again.
    if (this.running) this.timers.set('step', durationMs, () => this.showStep(this.index + 1, false));
  }
}
