import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshotArgs, UsageError, type SnapshotJob } from '../../../scripts/snapshot-args';

const env = { cwd: '/work', isDirectory: (p: string) => p === 'shots' };
const job = (args: string[]): SnapshotJob => {
  const parsed = parseSnapshotArgs(args, env);
  if (parsed.help) throw new Error('unexpected --help');
  return parsed.job;
};
const usage = (args: string[]) => {
  try {
    parseSnapshotArgs(args, env);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${args.join(' ')}`);
};

describe('snapshot command line', () => {
  it('reads the example from the issue', () => {
    const j = job([
      '--view',
      'zhejiang',
      '--width',
      '1920',
      '--height',
      '1080',
      '--pixel-ratio',
      '2',
      '--lang',
      'en',
      '--out',
      'zhejiang.png',
    ]);
    expect(j).toMatchObject({
      views: ['zhejiang'],
      size: { widthPx: 3840, heightPx: 2160, pixelRatio: 2 },
      lang: 'en',
      metric: 'stations-per-10k-regions',
      popup: null,
      format: 'png',
      dist: 'dist',
      build: true,
    });
    expect(j.outputs).toEqual([{ view: 'zhejiang', file: 'zhejiang.png' }]);
  });
  it('has defaults for everything: Full HD, Zhejiang, English, files named after the options', () => {
    const j = job([]);
    expect(j.size).toEqual({ widthPx: 1920, heightPx: 1080, pixelRatio: 1 });
    expect(j.outputs).toEqual([
      { view: 'zhejiang', file: join('/work', 'zhejiang-5g-map_zhejiang_stations-per-10k-regions_1920x1080.png') },
    ]);
  });
  it('puts each view’s name before the extension, or writes into a directory', () => {
    expect(job(['--view', 'hangzhou,shaoxing', '--out', 'maps/city.png']).outputs).toEqual([
      { view: 'hangzhou', file: 'maps/city-hangzhou.png' },
      { view: 'shaoxing', file: 'maps/city-shaoxing.png' },
    ]);
    expect(job(['--view', 'china', '--preset', 'a4-portrait', '--out', 'shots']).outputs[0]!.file).toBe(
      join('shots', 'zhejiang-5g-map_china_stations-per-10k-regions_2480x3508.png'),
    );
    expect(job(['--out', 'new-folder/']).outputs[0]!.file).toBe(
      join('new-folder', 'zhejiang-5g-map_zhejiang_stations-per-10k-regions_1920x1080.png'),
    );
  });
  it('takes presets, formats from the extension, popups and metrics', () => {
    expect(job(['--preset', 'a3-landscape']).size).toMatchObject({ widthPx: 4961, heightPx: 3508 });
    expect(job(['--out', 'x.jpg']).format).toBe('jpeg');
    expect(job(['--format', 'jpeg', '--out', 'x']).outputs[0]!.file).toBe('x.jpg');
    expect(job(['--out', 'x.pdf']).format).toBe('pdf');
    expect(job(['--format', 'svg', '--out', 'x']).outputs[0]!.file).toBe('x.svg');
    expect(job(['--preset', 'letter-portrait', '--out', 'x.pdf']).size).toEqual({
      widthPx: 2550,
      heightPx: 3300,
      pixelRatio: 3.125,
    });
    expect(job(['--popup', 'shaoxing', '--metric', 'residents-per-km2', '--lang', 'zh'])).toMatchObject({
      popup: 'shaoxing',
      metric: 'residents-per-km2',
      lang: 'zh',
    });
    expect(job(['--popup', 'none']).popup).toBeNull();
    expect(job(['--view', 'hangzhou,hangzhou']).views).toEqual(['hangzhou']);
    expect(job(['--skip-build', '--dist', '/tmp/d']).build).toBe(false);
    expect(parseSnapshotArgs(['--help'], env)).toEqual({ help: true });
  });
  it('rejects bad flags in one line that names the flag and what it accepts', () => {
    expect(usage(['--view', 'atlantis'])).toBe(
      'snapshot: --view "atlantis" is not accepted; expected one of china, zhejiang, hangzhou, shaoxing',
    );
    expect(usage(['--view', ','])).toMatch(/^snapshot: --view is empty/u);
    expect(usage(['--width', '1920'])).toBe('snapshot: --width and --height go together; --height is missing');
    expect(usage(['--width', 'wide', '--height', '1080'])).toBe(
      'snapshot: --width must be a whole number of CSS pixels from 200 to 100000 (not "wide")',
    );
    expect(usage(['--width', '1920', '--height', '1080', '--pixel-ratio', '0'])).toBe(
      'snapshot: --pixel-ratio must be a number from 0.5 to 8 (not "0")',
    );
    // Moved here from export.spec.ts, which ran the command for it.
    expect(usage(['--width', '1920', '--height', '1080', '--pixel-ratio', 'lots'])).toBe(
      'snapshot: --pixel-ratio must be a number from 0.5 to 8 (not "lots")',
    );
    expect(usage(['--preset', 'a5'])).toMatch(
      /^snapshot: --preset "a5" is not accepted; expected one of 1920x1080, 3840x2160, a4-landscape/u,
    );
    expect(usage(['--preset', 'screen'])).toMatch(/--preset "screen" is not accepted/u);
    expect(usage(['--preset', 'a4-landscape', '--pixel-ratio', '2'])).toBe(
      'snapshot: --preset fixes the size; leave out --pixel-ratio or the preset',
    );
    expect(usage(['--lang', 'fr'])).toBe('snapshot: --lang "fr" is not accepted; expected one of en, zh');
    expect(usage(['--format', 'gif'])).toBe(
      'snapshot: --format "gif" is not accepted; expected one of png, jpeg, svg, pdf',
    );
    expect(usage(['--format', 'png', '--out', 'a.jpg'])).toBe(
      'snapshot: --out "a.jpg" is a JPEG name but --format is png; make them agree',
    );
    expect(usage(['--out', 'a.gif'])).toBe(
      'snapshot: --out "a.gif" ends in .gif; expected .png, .jpg, .jpeg, .svg or .pdf, or a directory ending in /',
    );
    expect(usage(['--colour', 'red'])).toBe('snapshot: unknown flag --colour; run with --help for the flags');
    expect(usage(['--view'])).toBe('snapshot: --view needs a value; run with --help for the flags');
    expect(usage(['--skip-build=yes'])).toBe('snapshot: --skip-build is a switch and takes no value');
    expect(usage(['zhejiang'])).toBe(
      'snapshot: unexpected argument zhejiang; every value follows its flag (--view zhejiang)',
    );
  });
});
