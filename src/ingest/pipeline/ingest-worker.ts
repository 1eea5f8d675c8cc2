/** Worker-thread entry: processes a batch of seed files (see `run-pipeline.ts`). */
import type { IngestLimits } from './ingest-limits.ts';
import { processSeedFileFor, type PipelineMode, type PipelineResult } from './process-file.ts';

export default function processBatch<M extends PipelineMode>({
  paths,
  mode,
  limits,
}: {
  paths: string[];
  mode: M;
  limits?: IngestLimits;
}): PipelineResult<M>[] {
  return paths.map((p) => processSeedFileFor(mode, p, limits));
}
