import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processSeedFile } from './src/ingest/pipeline/process-file.ts';
const dir = '/work/shared/corpus/wikinews';
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
// warm
for (const f of files) processSeedFile(f);
const t = performance.now();
for (let r = 0; r < 3; r++) for (const f of files) processSeedFile(f);
const ms = performance.now() - t;
console.log(files.length * 3, 'articles', ms.toFixed(0), 'ms', ((files.length * 3) / (ms / 1000)).toFixed(0), 'art/s single thread');
