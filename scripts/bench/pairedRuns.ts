// Wall time of a command of the built CLI, paired with `node -e 0` run just before it, so a
// figure holds on a slow or a fast machine alike.
import { spawnSync } from 'node:child_process';

function run(args: string[], command = process.execPath): number {
  const start = process.hrtime.bigint();
  // Output is not kept: a listing of 50,000 sources would pass spawnSync's buffer.
  const child = spawnSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const took = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0)
    throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return took;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * `runs` runs of a command, each right after a run of `node -e 0`: the machine's drift touches
 * both alike, so the median of the pairs' ratios is steadier than a ratio of two medians.
 */
export function paired(
  args: string[],
  runs: number,
  /** The arguments of each later run, for a command that must differ each time (a new tag). */
  next: () => string[] = () => args,
  /** What runs them: node itself, or an executable such as the CLI's own file (its shebang). */
  command = process.execPath,
): { took: number; node: number; ratio: number } {
  run(args, command); // a first run warms the file cache and V8's compile cache
  const pairs = Array.from({ length: runs }, () => {
    const node = run(['-e', '0']);
    return { node, took: run(next(), command) };
  });
  return {
    took: median(pairs.map((p) => p.took)),
    node: median(pairs.map((p) => p.node)),
    ratio: median(pairs.map((p) => p.took / p.node)),
  };
}
