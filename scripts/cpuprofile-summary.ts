/**
 * A V8 CPU profile (Chromium's Profiler.stop, `node --cpu-prof`) summed by function: self time in ms per
 * function and file position, largest first, with the profile's pseudo-frames ((garbage collector), (program),
 * (idle)) kept as they are. Used by scripts/profile-districts-worker.ts to print where a load's time went.
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  name: string;
  ms: number;
}

/**
 * Each function's self time (ms), largest first; a sample's time is the delta to the next sample. Samples after
 * `untilUs` (on the profile's clock) are left out.
 */
export function selfTimes(profile: CpuProfile, untilUs = Infinity): SelfTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const totals = new Map<string, number>();
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    if (at > untilUs) break;
    const frame = byId.get(samples[i]!);
    if (!frame) continue;
    // The time a sample stands for is the gap before the next one (the last sample: none).
    const us = deltas[i + 1] ?? 0;
    const file = frame.url ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${file}`;
    totals.set(name, (totals.get(name) ?? 0) + us / 1000);
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/** The top `count` lines of a summary until `untilUs`, with the span summed and the time not idle. */
export function summaryLines(title: string, profile: CpuProfile, count = 25, untilUs = Infinity): string[] {
  const times = selfTimes(profile, untilUs);
  const idle = times.find((t) => t.name === '(idle)')?.ms ?? 0;
  const span = (Math.min(profile.endTime, untilUs) - profile.startTime) / 1000;
  return [
    `${title}: ${span.toFixed(0)} ms profiled, ${(span - idle).toFixed(0)} ms not idle`,
    ...times.slice(0, count).map((t) => `${t.ms.toFixed(0).padStart(7)} ms  ${t.name}`),
  ];
}
