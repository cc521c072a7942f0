import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** Long enough that guessing is hopeless with the sign-in throttle; short enough to type. */
export const PASSWORD_MIN_LENGTH = 10;
/** scrypt hashes any length, but a megabyte of "password" is an attack, not a password. */
export const PASSWORD_MAX_LENGTH = 200;

/**
 * The rules of a password being chosen (a new account, a change, a reset), on the API's request
 * classes: the messages name the field, and the pages translate them by rule.
 */
export const ChosenPassword = (field: string) =>
  applyDecorators(
    IsString({ message: `${field} must be text` }),
    MinLength(PASSWORD_MIN_LENGTH, { message: `${field} must be at least ${PASSWORD_MIN_LENGTH} characters long` }),
    MaxLength(PASSWORD_MAX_LENGTH, { message: `${field} must be at most ${PASSWORD_MAX_LENGTH} characters long` }),
  );

/** A rule no request class can check alone: the password must not be the account's own e-mail address. */
export function isEmailAsPassword(password: string, email: string): boolean {
  return password.trim().toLowerCase() === email.toLowerCase();
}
