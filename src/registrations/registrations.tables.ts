import { Registration } from './entities/registration.entity';
import { RegistrationThrottle } from './entities/registration-throttle.entity';

/** The tables the registrations module owns: only its stores read and write them. */
export const REGISTRATIONS_TABLES = [Registration, RegistrationThrottle];
