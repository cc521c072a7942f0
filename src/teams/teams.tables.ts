import { TeamGrant } from './entities/team-grant.entity';

/** The tables the teams module owns: only its stores read and write them. */
export const TEAMS_TABLES = [TeamGrant];
