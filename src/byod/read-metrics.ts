import { decodeBytes, looksLikeWebPage } from './decode';
import { AT_FILE, issue, type Issue, type Note } from './issues';
import { joinUserMetrics, type JoinTarget, type UserJoin } from './join-user';
import { MAX_METRICS_BYTES, megabytes } from './limits';
import { parseMetricsText, type ParsedMetrics } from './parse-metrics';
import { encodingNotes } from './read-boundaries';

/** A tidy file read and joined: plain data, so that it crosses from the metrics worker (user-choropleth.ts colours it). */
export type TidyReading =
  | { ok: true; parsed: ParsedMetrics; join: UserJoin; notes: Note[] }
  | { ok: false; issues: Issue[]; notes: Note[] };

/** A metrics file over the size limit, refused before it is read; null when it is within it. */
export function metricsTooLarge(bytes: Uint8Array, file: string): { ok: false; issues: Issue[]; notes: Note[] } | null {
  if (bytes.length <= MAX_METRICS_BYTES) return null;
  const size = { size: megabytes(bytes.length), limit: megabytes(MAX_METRICS_BYTES) };
  return { ok: false, issues: [issue('tooLarge', file, AT_FILE, size)], notes: [] };
}

/** A metrics file's bytes to the values of the regions it names, or every reason it cannot be shown. */
export function readTidyMetrics(bytes: Uint8Array, file: string, targets: readonly JoinTarget[]): TidyReading {
  const tooLarge = metricsTooLarge(bytes, file);
  if (tooLarge) return tooLarge;
  const decoded = decodeBytes(bytes, file);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue], notes: [] };
  if (looksLikeWebPage(decoded.text)) return { ok: false, issues: [issue('webPage', file, AT_FILE)], notes: [] };
  const notes = encodingNotes(decoded.encoding);
  const parsed = parseMetricsText(decoded.text, file);
  notes.push(...parsed.notes);
  if (!parsed.ok) return { ok: false, issues: parsed.issues, notes };
  const joined = joinUserMetrics(parsed.parsed, targets, file);
  notes.push(...joined.notes);
  if (!joined.ok) return { ok: false, issues: joined.issues, notes };
  return { ok: true, parsed: parsed.parsed, join: joined.join, notes };
}
