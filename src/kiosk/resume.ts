/** Where the tour was when the page reloaded itself, so it carries on from there. */
export interface ResumePoint {
  stepIndex: number;
  stepsPlayed: number;
  /** Why the page reloaded: 'context-lost', 'no-frame', 'no-render'. */
  reason: string;
}

const RESUME_KEY = 'kiosk.resume';
const RELOADS_KEY = 'kiosk.reloads';

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Reads a stored resume point; anything malformed is treated as none. */
export function parseResumePoint(raw: string | null): ResumePoint | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { stepIndex, stepsPlayed, reason } = value as Record<string, unknown>;
    if (!isCount(stepIndex) || !isCount(stepsPlayed) || typeof reason !== 'string') return null;
    return { stepIndex, stepsPlayed, reason };
  } catch {
    return null;
  }
}

export function parseReloadTimes(raw: string | null): number[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)) : [];
  } catch {
    return [];
  }
}

/** The resume point, read once: a later manual reload starts the tour from the beginning. */
export function takeResumePoint(storage: Storage): ResumePoint | null {
  const point = parseResumePoint(storage.getItem(RESUME_KEY));
  storage.removeItem(RESUME_KEY);
  return point;
}

export function saveResumePoint(storage: Storage, point: ResumePoint, reloadTimesMs: readonly number[]): void {
  storage.setItem(RESUME_KEY, JSON.stringify(point));
  storage.setItem(RELOADS_KEY, JSON.stringify(reloadTimesMs));
}

export function loadReloadTimes(storage: Storage): number[] {
  return parseReloadTimes(storage.getItem(RELOADS_KEY));
}
