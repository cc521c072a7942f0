import type { Edition } from '../editions/entities/edition.entity';
import { currentPrivacyNoticeVersion } from '../editions/privacy-notice';
import { wordedError } from '../common/http/worded-error';

/**
 * A registration is accepted only with consent to the notice the edition shows now (PIPL): a
 * version the attendee saw before the organizer changed the words is not consent to the new
 * ones, so it is refused (422) with the current version, for the form to show the notice again.
 */
export function assertConsent(edition: Pick<Edition, 'privacyNoticeVersion'>, version: string): void {
  const current = currentPrivacyNoticeVersion(edition);
  if (version === current) return;
  throw wordedError(
    422,
    {
      zh: `个人信息处理告知已更新为版本 ${current}，请阅读后重新同意`,
      en: `The privacy notice is now version ${current}; read it and consent again`,
    },
    {
      privacyNoticeVersion: {
        zh: `同意的告知版本（${version.slice(0, 40)}）不是当前版本 ${current}`,
        en: `"${version.slice(0, 40)}" is not the current privacy notice version (${current})`,
      },
    },
  );
}
