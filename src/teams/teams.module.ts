import { Module } from '@nestjs/common';
import { TeamGrantStore } from './team-grant.store';

/**
 * Organizers' roles (team_grant), low in the module order: the access check reads them with the
 * account on every signed-in request. Managing them lives above (TeamEditingModule).
 */
@Module({
  providers: [TeamGrantStore],
  exports: [TeamGrantStore],
})
export class TeamsModule {}
