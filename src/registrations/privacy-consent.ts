import type { Edition } from '../editions/edition.store';
import { currentPrivacyNoticeVersion } from '../editions/privacy-notice';
import { UnprocessableEntityException } from '@nestjs/common';
import { REGISTRATION_REFUSALS } from './registration-refusals';

/**
 * A registration is accepted only with consent to the notice the edition shows now (PIPL): a
 * version the attendee saw before the organizer changed the words is not consent to the new
 * ones, so it is refused (422) with the current version, for the form to show the notice again.
 */
export function assertConsent(edition: Pick<Edition, 'privacyNoticeVersion'>, version: string): void {
  const current = currentPrivacyNoticeVersion(edition);
  if (version === current) return;
  throw new UnprocessableEntityException({
    message: REGISTRATION_REFUSALS.noticeChanged({ current }),
    errors: { privacyNoticeVersion: REGISTRATION_REFUSALS.noticeVersionStale({ version: version.slice(0, 40), current }) },
  });
}
