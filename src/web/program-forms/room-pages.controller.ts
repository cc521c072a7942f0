import { Body, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import type { AuthenticatedAccount } from '../../auth/authenticated-account';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionsService } from '../../editions/editions.service';
import { CreateRoomRequest, UpdateRoomRequest } from '../../rooms/dto/room.dto';
import { ROOM_MESSAGES } from '../../rooms/room-messages';
import { RoomsService } from '../../rooms/rooms.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { FieldSpec, FormErrors, formRows, FormValues, optionalNumber, optionalText, refusal, textOf } from './console-fields';
import { CONSOLE_TEXT } from './console-text';

type Form = Record<string, unknown>;
const NOTICES = new Set(['roomCreated', 'roomSaved', 'roomDeleted']);

const ROOM_FIELDS: FieldSpec[][] = [
  [
    { name: 'name', type: 'text', required: true, maxlength: 200 },
    { name: 'nameEn', type: 'text', maxlength: 200 },
  ],
  [
    { name: 'capacity', type: 'number', hint: CONSOLE_TEXT.roomCapacityHint() },
    { name: 'displayOrder', type: 'number', hint: CONSOLE_TEXT.displayOrderHint() },
  ],
];

const typedRoom = (body: Form): FormValues => Object.fromEntries(['name', 'nameEn', 'capacity', 'displayOrder'].map((k) => [k, textOf(body?.[k])]));
const roomRequest = (typed: FormValues) => ({
  name: typed.name,
  nameEn: optionalText(typed.nameEn),
  capacity: optionalNumber(typed.capacity),
  // An empty order: the room goes last (create) or keeps its place (edit).
  displayOrder: optionalNumber(typed.displayOrder) ?? undefined,
});

/** An edition's rooms: the list, a new room, a room's form, deleting one no session uses. */
@PageController('admin')
export class RoomPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly editions: EditionsService,
    private readonly rooms: RoomsService,
  ) {}

  @Get('editions/:id/rooms')
  @EditionPermission('view')
  async list(@Param('id', EditionIdPipe) editionId: number, @Query('notice') notice: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const key = typeof notice === 'string' && NOTICES.has(notice) ? `console.notice.${notice}` : null;
    await this.renderList(page, editionId, viewer, {}, {}, null, 200, key ? page.t(key) : null);
  }

  @Post('editions/:id/rooms')
  @EditionPermission('edit_schedule')
  async create(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const typed = typedRoom(body);
    const { request: create, errors } = await asApiRequest(CreateRoomRequest, roomRequest(typed));
    if (Object.keys(errors).length > 0) return this.renderList(page, editionId, actor, typed, errors, page.t('console.checkFields'), 400);
    try {
      await this.rooms.create(editionId, create, actor);
      return page.redirect(`/admin/editions/${editionId}/rooms?notice=roomCreated`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      await this.renderList(page, editionId, actor, typed, refused.errors, refused.message, 409);
    }
  }

  @Get('editions/:id/rooms/:roomId/edit')
  @EditionPermission('view')
  async editForm(@Param('id', EditionIdPipe) editionId: number, @Param('roomId', IdParamPipe) roomId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const room = await this.room(editionId, roomId);
    const values = { name: room.name, nameEn: room.nameEn ?? '', capacity: room.capacity === null ? '' : String(room.capacity), displayOrder: String(room.displayOrder) };
    await this.renderEdit(this.pages.page(request, reply), editionId, roomId, viewer, values, {}, null, 200);
  }

  @Post('editions/:id/rooms/:roomId')
  @EditionPermission('edit_schedule')
  async update(@Param('id', EditionIdPipe) editionId: number, @Param('roomId', IdParamPipe) roomId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    await this.room(editionId, roomId);
    const typed = typedRoom(body);
    const { request: update, errors } = await asApiRequest(UpdateRoomRequest, roomRequest(typed));
    if (Object.keys(errors).length > 0) return this.renderEdit(page, editionId, roomId, actor, typed, errors, page.t('console.checkFields'), 400);
    try {
      await this.rooms.update(roomId, update, actor);
      return page.redirect(`/admin/editions/${editionId}/rooms?notice=roomSaved`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      await this.renderEdit(page, editionId, roomId, actor, typed, refused.errors, refused.message, 409);
    }
  }

  @Post('editions/:id/rooms/:roomId/delete')
  @EditionPermission('edit_schedule')
  async remove(@Param('id', EditionIdPipe) editionId: number, @Param('roomId', IdParamPipe) roomId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    await this.room(editionId, roomId);
    try {
      await this.rooms.remove(roomId, actor);
      return page.redirect(`/admin/editions/${editionId}/rooms?notice=roomDeleted`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      await this.renderList(page, editionId, actor, {}, {}, refused.message, 409);
    }
  }

  /** The room, only within the edition of the address. */
  private async room(editionId: number, roomId: number) {
    const room = (await this.rooms.list(editionId)).find((r) => r.id === roomId);
    if (!room) throw new NotFoundException({ message: ROOM_MESSAGES.notFound({ id: roomId }) });
    return room;
  }

  private async renderList(page: Page, editionId: number, viewer: AuthenticatedAccount, values: FormValues, errors: FormErrors, formError: string | null, status: number, notice: string | null = null) {
    const edition = await this.editions.findOne({ id: editionId }, viewer);
    const rooms = await this.rooms.list(editionId);
    await page.render(
      'board/rooms.hbs',
      page.t('console.roomsTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      { edition, section: 'rooms', rooms, rows: formRows(ROOM_FIELDS, values, errors), formError, notice },
      { status, form: true },
    );
  }

  private async renderEdit(page: Page, editionId: number, roomId: number, viewer: AuthenticatedAccount, values: FormValues, errors: FormErrors, formError: string | null, status: number) {
    const edition = await this.editions.findOne({ id: editionId }, viewer);
    const room = await this.room(editionId, roomId);
    await page.render(
      'board/room-form.hbs',
      page.pick(room.name, room.nameEn),
      { edition, section: 'rooms', room, rows: formRows(ROOM_FIELDS, values, errors), formError },
      { status, form: true },
    );
  }
}
