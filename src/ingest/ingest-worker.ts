/** Worker-thread entry: processes a batch of seed files (see `run-pipeline.ts`). */
import type { IngestLimits } from './ingest-limits.ts';
import { processSeedFile, toBuildResult, toExtractResult } from './process-file.ts';
import type { PipelineMode, PipelineResult } from './run-pipeline.ts';

export default function processBatch<M extends PipelineMode>({
  paths,
  mode,
  limits,
}: {
  paths: string[];
  mode: M;
  limits?: IngestLimits;
}): PipelineResult<M>[] {
  return paths.map((p) => shape(mode, p, limits));
}

/** Processes one file and keeps what `mode` needs. */
export function shape<M extends PipelineMode>(
  mode: M,
  path: string,
  limits?: IngestLimits,
): PipelineResult<M> {
  const r = processSeedFile(path, limits);
  return (mode === 'build' ? toBuildResult(r) : toExtractResult(r)) as PipelineResult<M>;
}
