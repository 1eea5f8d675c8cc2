/**
 * The build this page was served with. The build writes it into `index.html`
 * (`<meta name="newsreader-build">`), so the first data request can go out at once instead of
 * waiting for a document that names it.
 */
export const BUILD_META_NAME = 'newsreader-build';

export function pageBuildId(doc: Document = document): string | null {
  const content = doc.querySelector(`meta[name="${BUILD_META_NAME}"]`)?.getAttribute('content') ?? '';
  // An unreplaced placeholder means the page did not come through the build (or its plugin).
  return content === '' || content.startsWith('%') ? null : content;
}
