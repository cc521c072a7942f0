import { SessionDelegation } from './entities/session-delegation.entity';
import { SessionProposal } from './entities/session-proposal.entity';

/** The tables the delegation module owns: only its stores read and write them. */
export const DELEGATION_TABLES = [SessionDelegation, SessionProposal];
