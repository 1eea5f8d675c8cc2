/**
 * What the command-line entry points share: the per-file limit options and `--help` for node's
 * `parseArgs`, and a parse failure turned into a `UsageError` (exit code 2, with the usage).
 */
import { resolveLimits, UsageError, type IngestLimits } from '../pipeline/ingest-limits.ts';

export const SHARED_OPTIONS = {
  'max-file-bytes': { type: 'string' },
  'time-budget-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs `parse`; what it throws becomes a `UsageError` carrying its message. */
export function usageErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The limits the shared options ask for (the environment, then the built-in values, otherwise). */
export function limitsFromArgs(values: {
  'max-file-bytes'?: string | undefined;
  'time-budget-ms'?: string | undefined;
}): IngestLimits {
  return resolveLimits({ maxFileBytes: values['max-file-bytes'], timeBudgetMs: values['time-budget-ms'] });
}
