import { BadRequestException, GoneException } from '@nestjs/common';

/** Which rule a chosen password broke, for the pages to say in their language. */
export type PasswordRule = 'wrongCurrent' | 'sameAsCurrent' | 'sameAsEmail';

const DETAIL: Record<PasswordRule, { field: 'currentPassword' | 'newPassword'; text: string }> = {
  wrongCurrent: { field: 'currentPassword', text: 'currentPassword is not the current password of this account' },
  sameAsCurrent: { field: 'newPassword', text: 'newPassword must differ from the current password' },
  sameAsEmail: { field: 'newPassword', text: 'newPassword must not be the e-mail address' },
};

/** A 400 naming the field, as a validation error would. */
export class PasswordRefused extends BadRequestException {
  constructor(readonly rule: PasswordRule) {
    const { field, text } = DETAIL[rule];
    super({ message: `Invalid ${field}`, errors: { [field]: text } });
  }
}

/** A reset link that is unknown, already used, or expired: one answer for all three. */
export class ResetLinkInvalid extends GoneException {
  constructor() {
    super({ message: 'This password reset link is invalid, expired or already used; ask for a new one', errors: { token: 'invalid, expired or already used' } });
  }
}
