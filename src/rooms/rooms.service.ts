import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { assertUnreferenced } from '../common/references';
import { lockEdition } from '../editions/edition-lock';
import { Edition } from '../editions/entities/edition.entity';
import { Session } from '../sessions/entities/session.entity';
import { CreateRoomRequest, RoomDto, UpdateRoomRequest } from './dto/room.dto';
import { Room } from './entities/room.entity';

@Injectable()
export class RoomsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(editionId: number): Promise<RoomDto[]> {
    if (!(await this.dataSource.manager.existsBy(Edition, { id: editionId }))) throw new NotFoundException(`No edition with id ${editionId}`);
    const rooms = await this.dataSource.manager.find(Room, { where: { editionId }, order: { displayOrder: 'ASC', id: 'ASC' } });
    return rooms.map((r) => RoomDto.from(r));
  }

  async create(editionId: number, request: CreateRoomRequest, actor: AuthenticatedAccount): Promise<RoomDto> {
    return this.dataSource.transaction(async (manager) => {
      await lockEdition(manager, editionId);
      await this.assertNameFree(manager, editionId, request.name, null);
      const room = manager.create(Room, {
        editionId,
        nameZh: request.name,
        nameEn: request.nameEn ?? null,
        capacity: request.capacity ?? null,
        displayOrder: request.displayOrder ?? (await manager.countBy(Room, { editionId })) + 1,
      });
      await manager.save(room);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'room', entityId: room.id, editionId, after: RoomDto.from(room) });
      return RoomDto.from(room);
    });
  }

  async update(id: number, request: UpdateRoomRequest, actor: AuthenticatedAccount): Promise<RoomDto> {
    return this.dataSource.transaction(async (manager) => {
      const room = await this.load(manager, id);
      await lockEdition(manager, room.editionId);
      const before = RoomDto.from(room);
      if (request.name !== undefined) {
        await this.assertNameFree(manager, room.editionId, request.name, id);
        room.nameZh = request.name;
      }
      if (request.nameEn !== undefined) room.nameEn = request.nameEn;
      if (request.displayOrder !== undefined) room.displayOrder = request.displayOrder;
      if (request.capacity !== undefined) {
        if (request.capacity !== null) {
          const over = await manager.find(Session, { where: { roomId: id, capacity: MoreThan(request.capacity) }, take: 5 });
          if (over.length > 0) {
            throw new ConflictException({
              message: `Sessions in this room offer more than ${request.capacity} seats: ${over.map((s) => `「${s.titleZh}」 (session ${s.id}, ${s.capacity})`).join(', ')}`,
              errors: { capacity: 'below the capacity of sessions held in the room' },
            });
          }
        }
        room.capacity = request.capacity;
      }
      await manager.save(room);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'room', entityId: id, editionId: room.editionId, before, after: RoomDto.from(room) });
      return RoomDto.from(room);
    });
  }

  async remove(id: number, actor: AuthenticatedAccount): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const room = await this.load(manager, id);
      assertUnreferenced(`room ${id}`, [{ what: 'sessions', count: await manager.countBy(Session, { roomId: id }) }]);
      await manager.delete(Room, { id });
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'room', entityId: id, editionId: room.editionId, before: RoomDto.from(room) });
    });
  }

  private async load(manager: EntityManager, id: number): Promise<Room> {
    const room = await manager.findOne(Room, { where: { id } });
    if (!room) throw new NotFoundException(`No room with id ${id}`);
    return room;
  }

  private async assertNameFree(manager: EntityManager, editionId: number, name: string, exceptId: number | null): Promise<void> {
    const existing = await manager.findOne(Room, { where: { editionId, nameZh: name } });
    if (existing && existing.id !== exceptId) {
      throw new ConflictException({ message: `The edition already has a room named ${name} (room ${existing.id})`, errors: { name: 'already used in this edition' } });
    }
  }
}
