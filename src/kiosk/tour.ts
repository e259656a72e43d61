import { DEFAULT_METRIC, METRIC_IDS, type MetricId } from '../data/metrics';
import { CAPTION_PLACEHOLDERS, fillCaption, stepFigures, type StepFigure } from '../story/caption-values';
import { LANGS, type Lang } from '../i18n';
import { POPUPS, VIEWS, type PopupId, type ViewId } from '../state/url-state';

/** One stop of a guided tour: where the camera goes, what opens, what the caption says and for how long. */
export interface TourStep {
  view: ViewId;
  metric: MetricId;
  popup: PopupId | null;
  caption: Readonly<Record<Lang, string>>;
  /** What the kiosk's figures panel shows during the step: the numbers its caption names. */
  figures: readonly StepFigure[];
  durationSeconds: number;
}

export interface Tour {
  file: string;
  steps: readonly TourStep[];
}

export type TourResult = { ok: true; tour: Tour } | { ok: false; error: string };

export const MIN_STEP_SECONDS = 1;
export const MAX_STEP_SECONDS = 3_600;
export const MAX_TOUR_STEPS = 200;
export const MAX_CAPTION_CHARS = 400;

const STEP_KEYS = ['view', 'metric', 'popup', 'caption', 'duration'] as const;

class TourError extends Error {}

function quote(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function oneOf<T extends string>(values: readonly T[], value: unknown, what: string): T {
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
  throw new TourError(`"${what}" must be one of ${values.join(', ')} (found ${quote(value)})`);
}

function parseCaption(value: unknown): Record<Lang, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TourError(
      `"caption" must be an object with a text for each language (${LANGS.join(', ')}) (found ${quote(value)})`,
    );
  }
  const record = value as Record<string, unknown>;
  const caption = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const text = record[lang];
    if (typeof text !== 'string' || text.trim() === '')
      throw new TourError(`"caption.${lang}" must be a non-empty text (found ${quote(text)})`);
    if (text.length > MAX_CAPTION_CHARS)
      throw new TourError(`"caption.${lang}" must be at most ${MAX_CAPTION_CHARS} characters (found ${text.length})`);
    // Numbers come from the computed figures through {placeholders}, never typed into the file.
    const filled = fillCaption(text.trim(), lang);
    if ('unknown' in filled)
      throw new TourError(
        `"caption.${lang}" names an unknown number {${filled.unknown}} (expected one of ${CAPTION_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`,
      );
    caption[lang] = filled.text;
  }
  const unknown = Object.keys(record).filter((k) => !(LANGS as readonly string[]).includes(k));
  if (unknown.length)
    throw new TourError(`"caption" has an unknown language ${quote(unknown[0])} (expected ${LANGS.join(', ')})`);
  return caption;
}

function parseStep(value: unknown): TourStep {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TourError(`a step must be an object (found ${quote(value)})`);
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((k) => !(STEP_KEYS as readonly string[]).includes(k));
  if (unknown.length) throw new TourError(`unknown field ${quote(unknown[0])} (expected ${STEP_KEYS.join(', ')})`);
  const duration = record['duration'];
  if (
    typeof duration !== 'number' ||
    !Number.isFinite(duration) ||
    duration < MIN_STEP_SECONDS ||
    duration > MAX_STEP_SECONDS
  ) {
    throw new TourError(
      `"duration" must be a number of seconds from ${MIN_STEP_SECONDS} to ${MAX_STEP_SECONDS} (found ${quote(duration)})`,
    );
  }
  const popup =
    record['popup'] === undefined || record['popup'] === null ? null : oneOf(POPUPS, record['popup'], 'popup');
  return {
    view: oneOf(VIEWS, record['view'], 'view'),
    metric: record['metric'] === undefined ? DEFAULT_METRIC : oneOf(METRIC_IDS, record['metric'], 'metric'),
    popup,
    caption: parseCaption(record['caption']),
    figures: stepFigures(String((record['caption'] as Record<string, unknown>)['en']), popup !== null),
    durationSeconds: duration,
  };
}

/**
 * Reads a tour file: a JSON list of steps, or an object with a "steps" list.
 * A problem comes back as one readable line naming the file, the step (counted from 1) and what was expected.
 */
export function parseTour(text: string, file: string): TourResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `${file}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const list: unknown = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null
      ? (json as Record<string, unknown>)['steps']
      : undefined;
  if (!Array.isArray(list))
    return {
      ok: false,
      error: `${file}: must be a list of steps, or an object with a "steps" list (found ${quote(json)})`,
    };
  if (list.length === 0) return { ok: false, error: `${file}: has no steps (expected 1 to ${MAX_TOUR_STEPS})` };
  if (list.length > MAX_TOUR_STEPS)
    return { ok: false, error: `${file}: has ${list.length} steps (expected at most ${MAX_TOUR_STEPS})` };
  const steps: TourStep[] = [];
  for (const [index, value] of list.entries()) {
    try {
      steps.push(parseStep(value));
    } catch (error) {
      if (!(error instanceof TourError)) throw error;
      return { ok: false, error: `${file}: step ${index + 1}: ${error.message}` };
    }
  }
  return { ok: true, tour: { file, steps } };
}

/** How long a step stays on screen; `?tour-interval` overrides every step (tests use it). */
export function stepDurationMs(step: TourStep, intervalSecondsOverride: number | null): number {
  return Math.round((intervalSecondsOverride ?? step.durationSeconds) * 1000);
}
