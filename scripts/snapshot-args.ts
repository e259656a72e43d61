import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_METRIC, METRIC_IDS, type MetricId } from '../src/data/metrics';
import { LANGS, type Lang } from '../src/i18n';
import { checkCssSize, type SizeField } from '../src/export/limits';
import { snapshotFileName, SNAPSHOT_FORMATS, type SnapshotFormat } from '../src/export/metadata';
import { FIXED_PRESET_IDS, presetSize, sizeFromCss, type PresetId, type SnapshotSize } from '../src/export/presets';
import { POPUPS, VIEWS, type PopupId, type ViewId } from '../src/state/url-state';

/** A command line that cannot be run: one line naming the flag and what it accepts. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(`snapshot: ${message}`);
    this.name = 'UsageError';
  }
}

export interface SnapshotJob {
  views: ViewId[];
  size: SnapshotSize;
  lang: Lang;
  metric: MetricId;
  popup: PopupId | null;
  format: SnapshotFormat;
  /** The file each view is written to. */
  outputs: { view: ViewId; file: string }[];
  dist: string;
  /** Build dist/ when it is missing or older than the sources; `--skip-build` never builds. */
  build: boolean;
}

export type ParsedCommand = { help: true } | { help: false; job: SnapshotJob };

export const USAGE = `Usage: npm run snapshot -- [options]

Writes a PNG, JPEG, SVG or PDF of the map, with title, legend, scale bar, attribution and sources, made by
the app's own export code in headless Chromium. No network is used. The flags are documented in docs/export.md.

  --view LIST          ${VIEWS.join(', ')}; several separated by commas (default: zhejiang)
  --width N            page width in CSS pixels (with --height)
  --height N           page height in CSS pixels (with --width)
  --pixel-ratio R      device pixels per CSS pixel, 0.5 to 8 (default 1): the file is width×R by height×R pixels
  --preset NAME        instead of --width/--height/--pixel-ratio: ${FIXED_PRESET_IDS.join(', ')}
                       (A4 and A3 are at 300 dpi; default 1920x1080)
  --lang LANG          ${LANGS.join(', ')} (default en)
  --metric ID          ${METRIC_IDS.join(', ')} (default ${DEFAULT_METRIC})
  --popup ID           ${POPUPS.join(', ')}, none: draw that story popup (default none)
  --format FORMAT      ${SNAPSHOT_FORMATS.join(', ')} (default: from --out's extension, else png)
  --out PATH           a file, or a directory ending in / (default: the current directory);
                       with several views the view's name goes before the extension
  --dist DIR           the built app to serve (default dist)
  --skip-build         use --dist as it is; otherwise it is built when missing or older than the sources
  -h, --help           this text

Example: npm run snapshot -- --view zhejiang --width 1920 --height 1080 --pixel-ratio 2 --lang en --out zhejiang.png`;

const FLAG_OF: Record<SizeField, string> = { width: '--width', height: '--height', pixelRatio: '--pixel-ratio' };
const EXTENSIONS: Record<string, SnapshotFormat> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.svg': 'svg',
  '.pdf': 'pdf',
};

function oneOf<T extends string>(flag: string, raw: string, values: readonly T[]): T {
  const value = raw.trim().toLowerCase();
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} "${raw}" is not accepted; expected one of ${values.join(', ')}`);
}

/**
 * Reads the command line into a job, or throws a UsageError saying which flag is wrong and what
 * it accepts. `isDirectory` tells whether --out names an existing directory (the only file-system question).
 */
export function parseSnapshotArgs(
  argv: readonly string[],
  env: { cwd: string; isDirectory: (path: string) => boolean },
): ParsedCommand {
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by parseArgs's options below, which a declared type would repeat
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        view: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        'pixel-ratio': { type: 'string' },
        preset: { type: 'string' },
        lang: { type: 'string' },
        metric: { type: 'string' },
        popup: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        dist: { type: 'string' },
        'skip-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  if (values.help) return { help: true };

  const views = (values.view ?? 'zhejiang')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  if (views.length === 0)
    throw new UsageError(`--view is empty; expected one or more of ${VIEWS.join(', ')}, separated by commas`);
  const checkedViews = [...new Set(views.map((v) => oneOf('--view', v, VIEWS)))];

  const size = sizeOf(values.preset, values.width, values.height, values['pixel-ratio']);
  const lang: Lang = values.lang === undefined ? 'en' : oneOf('--lang', values.lang, LANGS);
  const metric: MetricId = values.metric === undefined ? DEFAULT_METRIC : oneOf('--metric', values.metric, METRIC_IDS);
  const popupRaw = values.popup === undefined ? 'none' : oneOf('--popup', values.popup, [...POPUPS, 'none'] as const);
  const popup = popupRaw === 'none' ? null : popupRaw;

  const out = values.out;
  const outExtension = out !== undefined && !isDirectoryPath(out, env) ? extname(out).toLowerCase() : '';
  const fromExtension = EXTENSIONS[outExtension];
  const format =
    values.format === undefined ? (fromExtension ?? 'png') : oneOf('--format', values.format, SNAPSHOT_FORMATS);
  if (out !== undefined && outExtension !== '' && fromExtension === undefined)
    throw new UsageError(
      `--out "${out}" ends in ${outExtension}; expected .png, .jpg, .jpeg, .svg or .pdf, or a directory ending in /`,
    );
  if (fromExtension !== undefined && fromExtension !== format)
    throw new UsageError(
      `--out "${out}" is a ${fromExtension.toUpperCase()} name but --format is ${format}; make them agree`,
    );

  const outputs = checkedViews.map((view) => ({
    view,
    file: outputFile(out, view, checkedViews.length > 1, metric, size, format, env),
  }));
  return {
    help: false,
    job: {
      views: checkedViews,
      size,
      lang,
      metric,
      popup,
      format,
      outputs,
      dist: values.dist ?? 'dist',
      build: !values['skip-build'],
    },
  };
}

function sizeOf(
  preset: string | undefined,
  width: string | undefined,
  height: string | undefined,
  ratio: string | undefined,
): SnapshotSize {
  if (preset !== undefined) {
    const given = [
      width !== undefined && '--width',
      height !== undefined && '--height',
      ratio !== undefined && '--pixel-ratio',
    ].filter(Boolean);
    if (given.length > 0) throw new UsageError(`--preset fixes the size; leave out ${given.join(', ')} or the preset`);
    return presetSize(oneOf<PresetId>('--preset', preset, FIXED_PRESET_IDS));
  }
  if (width === undefined && height === undefined) {
    if (ratio === undefined) return presetSize('1920x1080');
    throwFirstProblem('1920', '1080', ratio);
    return sizeFromCss(1920, 1080, Number(ratio));
  }
  if (width === undefined || height === undefined)
    throw new UsageError(
      `--width and --height go together; ${width === undefined ? '--width' : '--height'} is missing`,
    );
  const r = ratio ?? '1';
  throwFirstProblem(width, height, r);
  return sizeFromCss(Number(width), Number(height), Number(r));
}

/** The first problem with a size, as a UsageError naming its flag. */
function throwFirstProblem(width: string, height: string, ratio: string): void {
  const [problem] = checkCssSize(width, height, ratio);
  if (problem)
    throw new UsageError(
      `${FLAG_OF[problem.field]} must be ${problem.whole ? 'a whole number of CSS pixels' : 'a number'} from ${problem.min} to ${problem.max} (not "${problem.value}")`,
    );
}

function isDirectoryPath(out: string, env: { isDirectory: (path: string) => boolean }): boolean {
  return out.endsWith('/') || env.isDirectory(out);
}

function outputFile(
  out: string | undefined,
  view: ViewId,
  several: boolean,
  metric: MetricId,
  size: SnapshotSize,
  format: SnapshotFormat,
  env: { cwd: string; isDirectory: (path: string) => boolean },
): string {
  if (out === undefined) return join(env.cwd, snapshotFileName(view, metric, size, format));
  if (isDirectoryPath(out, env)) return join(out, snapshotFileName(view, metric, size, format));
  const extension = extname(out);
  const stem = extension ? out.slice(0, -extension.length) : out;
  const suffix = extension || (format === 'jpeg' ? '.jpg' : `.${format}`);
  return several ? `${stem}-${view}${suffix}` : `${stem}${suffix}`;
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'(-{1,2}[\w-]+)/u.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${flag}; run with --help for the flags`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /does not take/u.test(message)
      ? `${flag} is a switch and takes no value`
      : `${flag} needs a value; run with --help for the flags`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${/'([^']+)'/u.exec(message)?.[1] ?? ''}; every value follows its flag (--view zhejiang)`;
  return message;
}
