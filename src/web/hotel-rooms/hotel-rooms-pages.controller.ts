import { Body, Get, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import { errorBody } from '../../common/filters/api-exception.filter';
import type { LocalText } from '../../common/i18n/local-text';
import { sendRendered } from '../../common/http/send-rendered';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionStore } from '../../editions/edition.store';
import { HotelRequest, MoveRequest, RoomBlockRequest } from '../../hotel-rooms/dto/hotel-rooms.dto';
import { HotelsService } from '../../hotel-rooms/hotels.service';
import { RoomAllocationService } from '../../hotel-rooms/room-allocation.service';
import { RoomingDocuments } from '../../hotel-rooms/rooming-documents';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';

type Form = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const whole = (value: unknown): unknown => (/^\d+$/.test(text(value)) ? Number(text(value)) : text(value) || undefined);
const HOTEL_NOTICES = new Set(['hotelAdded', 'blockAdded']);
const ALLOCATION_NOTICES = new Set(['allocated', 'moved']);

interface HotelsState {
  hotel?: { values: Form; errors: Record<string, string> };
  block?: { values: Form; errors: Record<string, string> };
  notice?: string | null;
}

interface AllocationState {
  move?: { values: Form; errors: Record<string, string>; message?: string };
  notice?: string | null;
  notified?: number;
}

/**
 * Hotel rooms in the console: the hotels and their room blocks (with forms to add them), the
 * allocation (run it, see who has no room, move a guest with a plain form) and each hotel's
 * rooming list to download. Script-free: every change is a form posted to the services the API
 * uses, then a redirect; a refusal is shown beside its field.
 */
@PageController('admin')
export class HotelRoomsPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly hotels: HotelsService,
    private readonly allocation: RoomAllocationService,
    private readonly documents: RoomingDocuments,
    private readonly editions: EditionStore,
  ) {}

  @Get('editions/:id/hotels')
  @EditionPermission('view')
  async index(@Param('id', EditionIdPipe) editionId: number, @Query('done') done: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    return this.renderHotels(this.pages.page(request, reply), editionId, { notice: done && HOTEL_NOTICES.has(done) ? done : null });
  }

  @Post('editions/:id/hotels')
  @EditionPermission('edit_edition')
  async addHotel(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const values = { name: text(body?.name), address: text(body?.address) || null };
    const { request: hotel, errors } = await asApiRequest(HotelRequest, values);
    if (Object.keys(errors).length) return this.renderHotels(page, editionId, { hotel: { values, errors: words(page, errors) } }, 400);
    try {
      await this.hotels.createHotel(editionId, hotel, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.renderHotels(page, editionId, { hotel: { values, errors: refusalWords(page, error, 'name') } }, error.getStatus());
    }
    return page.redirect(`/admin/editions/${editionId}/hotels?done=hotelAdded`);
  }

  @Post('editions/:id/hotels/blocks')
  @EditionPermission('edit_edition')
  async addBlock(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const values: Form = {
      hotelId: text(body?.hotelId),
      roomType: text(body?.roomType),
      roomCount: whole(body?.roomCount),
      beds: whole(body?.beds),
      firstNight: text(body?.firstNight),
      nights: whole(body?.nights),
      priceBand: text(body?.priceBand) || null,
      sharingAllowed: body?.sharingAllowed === 'on',
      mixedGenderAllowed: body?.mixedGenderAllowed === 'on',
      priority: whole(body?.priority) ?? 1,
      aloneUpToRank: text(body?.aloneUpToRank) || null,
    };
    const { hotelId, ...fields } = values;
    const { request: block, errors } = await asApiRequest(RoomBlockRequest, fields);
    if (Object.keys(errors).length) return this.renderHotels(page, editionId, { block: { values, errors: words(page, errors) } }, 400);
    try {
      await this.hotels.createBlock(editionId, Number(hotelId) || 0, block, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.renderHotels(page, editionId, { block: { values, errors: refusalWords(page, error, 'hotelId') } }, error.getStatus() === 404 ? 400 : error.getStatus());
    }
    return page.redirect(`/admin/editions/${editionId}/hotels?done=blockAdded`);
  }

  @Get('editions/:id/hotels/allocation')
  @EditionPermission('manage_registrations')
  async allocationPage(@Param('id', EditionIdPipe) editionId: number, @Query('done') done: string | undefined, @Query('told') told: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const notice = done && ALLOCATION_NOTICES.has(done) ? done : null;
    return this.renderAllocation(this.pages.page(request, reply), editionId, { notice, notified: Number(told) || 0 });
  }

  @Post('editions/:id/hotels/allocation')
  @EditionPermission('manage_registrations')
  async allocate(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const done = await this.allocation.allocate(editionId, body?.reset === 'on', actor);
    return page.redirect(`/admin/editions/${editionId}/hotels/allocation?done=allocated&told=${done.notified}`);
  }

  @Post('editions/:id/hotels/move')
  @EditionPermission('manage_registrations')
  async move(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const values: Form = { guestId: text(body?.guestId), blockId: whole(body?.blockId), roomNumber: whole(body?.roomNumber) };
    const { request: move, errors } = await asApiRequest(MoveRequest, { blockId: values.blockId, ...(values.roomNumber !== undefined ? { roomNumber: values.roomNumber } : {}) });
    const guestId = Number(values.guestId) || 0;
    if (!guestId) errors.guestId = page.t('hotels.chooseGuest');
    if (Object.keys(errors).length) return this.renderAllocation(page, editionId, { move: { values, errors: words(page, errors) } }, 400);
    try {
      await this.allocation.move(editionId, guestId, move, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const answer = errorBody(error, page.lang);
      return this.renderAllocation(page, editionId, { move: { values, errors: refusalWords(page, error, 'roomNumber'), message: answer.message } }, error.getStatus() === 404 ? 400 : error.getStatus());
    }
    return page.redirect(`/admin/editions/${editionId}/hotels/allocation?done=moved`);
  }

  @Get('editions/:id/hotels/:hotelId/rooming-list.xlsx')
  @EditionPermission('manage_registrations')
  async workbook(@Param('id', EditionIdPipe) editionId: number, @Param('hotelId', IdParamPipe) hotelId: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    return sendRendered(request, reply, await this.documents.workbook(editionId, hotelId, page.lang), 'attachment', true);
  }

  @Get('editions/:id/hotels/:hotelId/rooming-list.pdf')
  @EditionPermission('manage_registrations')
  async pdf(@Param('id', EditionIdPipe) editionId: number, @Param('hotelId', IdParamPipe) hotelId: number, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    return sendRendered(request, reply, await this.documents.pdf(editionId, hotelId, page.lang), 'inline', true);
  }

  private async renderHotels(page: Page, editionId: number, state: HotelsState, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    const hotels = await this.hotels.list(editionId);
    const ranks = await this.hotels.rankNames(editionId);
    await page.render(
      'hotel-rooms/hotels.hbs',
      page.t('hotels.title', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      {
        edition: { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn },
        hotels,
        ranks,
        hotelForm: state.hotel ?? { values: {}, errors: {} },
        blockForm: state.block ?? { values: { firstNight: edition.startDate ?? '', nights: 2, beds: 2, roomCount: 10, priority: 1, hotelId: String(hotels[0]?.id ?? '') }, errors: {} },
        notice: state.notice ? page.t(`hotels.${state.notice}`) : null,
        section: 'hotels',
      },
      { form: true, status },
    );
  }

  private async renderAllocation(page: Page, editionId: number, state: AllocationState, status = 200): Promise<void> {
    const edition = await this.editions.require(editionId);
    const allocation = await this.allocation.view(editionId);
    const hotels = await this.hotels.list(editionId);
    const staying = await this.allocation.staying(editionId);
    await page.render(
      'hotel-rooms/allocation.hbs',
      page.t('hotels.allocationTitle', { edition: page.pick(edition.titleZh, edition.titleEn) }),
      {
        edition: { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn },
        allocation,
        hotels,
        staying,
        placedCount: allocation.blocks.reduce((n, b) => n + b.guests, 0),
        moveForm: state.move ?? { values: {}, errors: {} },
        notice: state.notice ? page.t(`hotels.${state.notice}`, { n: state.notified ?? 0 }) : null,
        section: 'hotels',
      },
      { form: true, status },
    );
  }
}

function words(page: Page, errors: Record<string, LocalText | string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, why]) => [field, typeof why === 'string' ? why : why.in(page.lang)]));
}

/** A service's refusal as the form shows it: beside the fields it names, or beside `fallback`. */
function refusalWords(page: Page, error: HttpException, fallback: string): Record<string, string> {
  const answer = errorBody(error, page.lang);
  return answer.errors && Object.keys(answer.errors).length ? (answer.errors as Record<string, string>) : { [fallback]: answer.message };
}

function isRefusal(error: unknown): error is HttpException {
  return error instanceof HttpException && error.getStatus() >= 400 && error.getStatus() < 500;
}
