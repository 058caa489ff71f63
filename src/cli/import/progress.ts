import cliProgress from 'cli-progress';
import type { ImportProgress } from '../../services/imports/summary';

/**
 * A progress bar on stderr with rows per second, only on a terminal: nightly jobs and --json get
 * clean output. Progress is the share of the file's bytes read, since a streamed file's row count
 * is unknown until its end.
 */
export function progressBar(enabled: boolean): { update(progress: ImportProgress): void; stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{bar} {percentage}% | {rows} rows | {speed} rows/s',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(100, 0, { rows: 0, speed: 0 });
  return {
    update: (progress) => {
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      const share = progress.bytesTotal > 0 ? Math.floor((100 * progress.bytesDone) / progress.bytesTotal) : 0;
      bar.update(share, { rows: progress.rows, speed: Math.round(progress.rows / seconds) });
    },
    stop: () => bar.stop(),
  };
}
