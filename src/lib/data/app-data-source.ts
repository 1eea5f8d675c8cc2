/** The data source the app uses: the engine in a worker, over this page's build. */
import type { DataSource } from './data-source.ts';
import { pageBuildId } from './build-id.ts';
import { workerDataSource } from './worker-data-source.ts';

let instance: DataSource | null = null;

/** The absolute URL of the data folder under the app's base URL. */
export function dataFolderUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}data/`, window.location.origin).toString();
}

export function appDataSource(): DataSource {
  if (!instance) {
    const buildId = pageBuildId();
    if (buildId === null)
      throw new Error('This page does not say which data build it belongs to; reload it.');
    instance = workerDataSource({ dataUrl: dataFolderUrl(), buildId });
  }
  return instance;
}

/** Tests put a data source of their own in place (and `null` to reset). */
export function setAppDataSource(source: DataSource | null): void {
  instance = source;
}
