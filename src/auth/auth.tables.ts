import { SignInThrottle } from './entities/sign-in-throttle.entity';

/** The tables the auth module owns: only its stores read and write them. */
export const AUTH_TABLES = [SignInThrottle];
