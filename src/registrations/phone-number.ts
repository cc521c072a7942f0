// For the web form until it imports registration-codes itself; then this goes.
export { normalisePhone } from './registration-codes';
