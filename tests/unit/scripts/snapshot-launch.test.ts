import { execFile } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUNDLE = join(ROOT, '.cache', 'snapshot.mjs');
const run = (args: string[]) =>
  promisify(execFile)('node', [join(ROOT, 'scripts', 'snapshot-launch.mjs'), ...args], { cwd: ROOT });

describe('npm run snapshot (scripts/snapshot-launch.mjs)', () => {
  it('runs the command from its bundle, and bundles it again once the bundle is older than a source', async () => {
    const help = await run(['--help']);
    expect(help.stdout).toContain('Usage: npm run snapshot -- [options]');
    // Made older than every source: the next run must write a new one.
    utimesSync(BUNDLE, new Date(0), new Date(0));
    const before = Date.now();
    await run(['--help']);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(before - 1000);
    // A wrong flag keeps its exit code and its one line through the launcher.
    await expect(run(['--view', 'atlantis'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--view "atlantis" is not accepted'),
    });
  }, 60_000);
});
