import { BadRequestException, GoneException } from '@nestjs/common';
import type { LocalText } from '../common/i18n/local-text';
import { AUTH_MESSAGES } from './auth-messages';

/** Which rule a chosen password broke, for the pages to say in their language. */
export type PasswordRule = 'wrongCurrent' | 'sameAsCurrent' | 'sameAsEmail';

const DETAIL: Record<PasswordRule, { field: 'currentPassword' | 'newPassword'; text: () => LocalText }> = {
  wrongCurrent: { field: 'currentPassword', text: AUTH_MESSAGES.wrongCurrentPassword },
  sameAsCurrent: { field: 'newPassword', text: AUTH_MESSAGES.sameAsCurrentPassword },
  sameAsEmail: { field: 'newPassword', text: AUTH_MESSAGES.sameAsEmail },
};

/** A 400 naming the field, as a validation error would. */
export class PasswordRefused extends BadRequestException {
  constructor(readonly rule: PasswordRule) {
    const { field, text } = DETAIL[rule];
    super({ message: text(), errors: { [field]: text() } });
  }
}

/** A reset link that is unknown, already used, or expired: one answer for all three. */
export class ResetLinkInvalid extends GoneException {
  constructor() {
    super({ message: AUTH_MESSAGES.resetLinkInvalid(), errors: { token: AUTH_MESSAGES.resetLinkInvalidField() } });
  }
}
