/** Worker-thread entry: processes a batch of seed files (see `run-pipeline.ts`). */
import { processSeedFile, type FileResult } from './process-file.ts';

export default function processBatch(paths: string[]): FileResult[] {
  return paths.map(processSeedFile);
}
