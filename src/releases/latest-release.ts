/**
 * Kept for the callers in other modules until they call ReleaseStore.latestRelease; the query
 * itself lives in the store.
 */
export { latestReleaseIn as latestRelease } from './release.store';
