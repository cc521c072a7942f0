/** Moved to the published-document exporters; kept here for the callers outside this branch's folders. */
export { sessionEvent } from '../releases/documents/exporters/session-event';
