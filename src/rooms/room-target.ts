import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { PermissionTargetResolver, ResolvedTarget } from '../common/access/permission-target';
import { idOf, paramOf } from '../common/access/route-values';
import { EditionParamTarget } from '../editions/edition-targets';
import { RoomStore } from './room.store';
import { ROOM_MESSAGES } from './room-messages';

/** The edition of the room a route's `:id` names. */
@Injectable()
export class RoomParamTarget implements PermissionTargetResolver {
  constructor(
    private readonly rooms: RoomStore,
    private readonly editions: EditionParamTarget,
  ) {}

  async resolve(request: FastifyRequest): Promise<ResolvedTarget | null> {
    const id = idOf(paramOf(request, 'id'));
    const room = id === null ? null : await this.rooms.findById(id);
    return room ? this.editions.editionTarget(room.editionId, ROOM_MESSAGES.notFound({ id })) : null;
  }
}
