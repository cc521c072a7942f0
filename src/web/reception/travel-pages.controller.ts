import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { EditionStore } from '../../editions/edition.store';
import { GuestTravelService } from '../../guest-travel/guest-travel.service';
import { TRIP_DIRECTION, TRIP_DIRECTIONS, TRIP_MODE } from '../../guest-travel/trip-kinds';
import { GuestStore } from '../../guests/guest.store';
import { AssignRequest, VehicleRequest } from '../../pickups/dto/pickup.dto';
import { PickupsService } from '../../pickups/pickups.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { formErrors, isRefusal, pageRefusal, text } from './page-refusal';
import { modeOptions, tripFieldsOf, tripRequestOf, type TripFields } from './trip-form';

type Form = Record<string, unknown>;
const ids = (value: unknown): number[] => [value ?? []].flat().map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0);

/**
 * The console's reception pages for travel and pickups: the guests' arrivals by day, half hour
 * and station with a form to enter a guest's trip; the vehicles and drivers; and the dispatch
 * board, a plain form per arrival group to give it a vehicle. Every change is a form posted to
 * the services the API uses, then a redirect.
 */
@PageController('admin/editions/:id')
export class TravelPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly travel: GuestTravelService,
    private readonly pickups: PickupsService,
    private readonly guests: GuestStore,
    private readonly editions: EditionStore,
  ) {}

  // --- travel ---

  @Get('travel')
  @EditionPermission('manage_registrations')
  async travelList(@Param('id', EditionIdPipe) editionId: number, @Query('done') done: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    return this.renderTravel(this.pages.page(request, reply), editionId, { notice: done === 'saved' });
  }

  @Post('travel')
  @EditionPermission('manage_registrations')
  async enterTrip(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const fields = tripFieldsOf(body ?? {});
    const guestId = Number(text(body?.guestId)) || 0;
    const direction = text(body?.direction);
    const state = { fields, guestId, direction };
    const guest = await this.guests.findById(guestId);
    if (!guest || guest.editionId !== editionId) return this.renderTravel(page, editionId, { ...state, errors: { guestId: page.t('travel.pickGuestError') } }, 400);
    const checked = await tripRequestOf(fields, page.lang);
    if (Object.keys(checked.errors).length) return this.renderTravel(page, editionId, { ...state, errors: checked.errors }, 400);
    try {
      await this.travel.putForGuest(guestId, direction, checked.request, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const refusal = pageRefusal(error, page.lang);
      return this.renderTravel(page, editionId, { ...state, errors: Object.keys(refusal.errors).length ? refusal.errors : { station: refusal.message } }, refusal.status);
    }
    return page.redirect(`/admin/editions/${editionId}/travel?done=saved`);
  }

  // --- vehicles ---

  @Get('vehicles')
  @EditionPermission('manage_registrations')
  async vehicles(@Param('id', EditionIdPipe) editionId: number, @Query('done') done: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    return this.renderVehicles(page, editionId, { notice: done === 'added' ? page.t('pickups.vehicleAdded') : done === 'removed' ? page.t('pickups.vehicleRemoved') : null });
  }

  @Post('vehicles')
  @EditionPermission('manage_registrations')
  async addVehicle(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const fields = { plate: text(body?.plate), seats: text(body?.seats), driverName: text(body?.driverName), driverPhone: text(body?.driverPhone) };
    const { request: vehicle, errors } = await asApiRequest(VehicleRequest, { ...fields, seats: /^\d+$/.test(fields.seats) ? Number(fields.seats) : fields.seats });
    if (Object.keys(errors).length) return this.renderVehicles(page, editionId, { fields, errors: formErrors(errors, page.lang) }, 400);
    try {
      await this.pickups.addVehicle(editionId, vehicle, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const refusal = pageRefusal(error, page.lang);
      return this.renderVehicles(page, editionId, { fields, errors: Object.keys(refusal.errors).length ? refusal.errors : { plate: refusal.message } }, refusal.status);
    }
    return page.redirect(`/admin/editions/${editionId}/vehicles?done=added`);
  }

  @Post('vehicles/:vehicleId/delete')
  @EditionPermission('manage_registrations')
  async removeVehicle(@Param('id', EditionIdPipe) editionId: number, @Param('vehicleId', IdParamPipe) vehicleId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    try {
      await this.pickups.removeVehicle(editionId, vehicleId, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const refusal = pageRefusal(error, page.lang);
      return this.renderVehicles(page, editionId, { removeError: refusal.message }, refusal.status);
    }
    return page.redirect(`/admin/editions/${editionId}/vehicles?done=removed`);
  }

  // --- dispatch ---

  @Get('dispatch')
  @EditionPermission('manage_registrations')
  async dispatch(@Param('id', EditionIdPipe) editionId: number, @Query('done') done: string | undefined, @Query('count') count: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const notice = done === 'auto' ? page.t('pickups.autoDone', { count: Number(count) || 0 }) : done === 'assigned' ? page.t('pickups.assigned') : done === 'unassigned' ? page.t('pickups.unassignedDone') : null;
    return this.renderDispatch(page, editionId, { notice });
  }

  @Post('dispatch')
  @EditionPermission('manage_registrations')
  async assign(@Param('id', EditionIdPipe) editionId: number, @Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const group = text(body?.group);
    const vehicleTyped = text(body?.vehicleId);
    const meetingPoint = text(body?.meetingPoint);
    const { request: assign, errors } = await asApiRequest(AssignRequest, { tripIds: ids(body?.tripIds), vehicleId: vehicleTyped ? Number(vehicleTyped) : null, ...(meetingPoint ? { meetingPoint } : {}) });
    if (Object.keys(errors).length) return this.renderDispatch(page, editionId, { group, error: Object.values(formErrors(errors, page.lang)).join('；') }, 400);
    try {
      await this.pickups.assign(editionId, assign, actor);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      return this.renderDispatch(page, editionId, { group, error: pageRefusal(error, page.lang).message }, error.getStatus());
    }
    return page.redirect(`/admin/editions/${editionId}/dispatch?done=${assign.vehicleId === null ? 'unassigned' : 'assigned'}`);
  }

  @Post('dispatch/auto')
  @EditionPermission('manage_registrations')
  async auto(@Param('id', EditionIdPipe) editionId: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const result = await this.pickups.autoAssign(editionId, actor);
    return page.redirect(`/admin/editions/${editionId}/dispatch?done=auto&count=${result.assigned}`);
  }

  // --- rendering ---

  private async editionModel(editionId: number) {
    const edition = await this.editions.require(editionId);
    return { id: edition.id, title: edition.titleZh, titleEn: edition.titleEn };
  }

  private async renderTravel(page: Page, editionId: number, state: { notice?: boolean; fields?: TripFields; guestId?: number; direction?: string; errors?: Record<string, string> }, status = 200): Promise<void> {
    const edition = await this.editionModel(editionId);
    const [days, trips, guests] = await Promise.all([this.travel.arrivals(editionId), this.travel.ofEdition(editionId), this.guests.ofEdition(editionId)]);
    const fields = state.fields ?? { mode: 'flight', number: '', date: '', time: '', station: '' };
    const errors = state.errors ?? {};
    await page.render(
      'travel/travel.hbs',
      page.t('travel.listTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      {
        edition,
        section: 'travel',
        notice: state.notice ? page.t('travel.deskSaved') : null,
        days: days.map((d) => ({ ...d, windows: d.windows.map((w) => ({ ...w, count: page.t('travel.count', { count: w.arrivals.length }), arrivals: w.arrivals.map((a) => ({ ...a, modeLabel: TRIP_MODE.labels[a.mode][page.lang] })) })) })),
        departures: trips.filter((x) => x.direction === 'departure').map((x) => ({ ...x, modeLabel: TRIP_MODE.labels[x.mode][page.lang] })),
        guests: guests.map((g) => ({ id: g.id, name: g.name, selected: g.id === state.guestId })),
        directions: TRIP_DIRECTIONS.map((value) => ({ value, label: TRIP_DIRECTION.labels[value][page.lang], selected: value === (state.direction ?? 'arrival') })),
        modes: modeOptions(page.lang, fields.mode),
        fields,
        errors,
        hasErrors: Object.keys(errors).length > 0,
      },
      { form: true, status },
    );
  }

  private async renderVehicles(page: Page, editionId: number, state: { notice?: string | null; fields?: Record<string, string>; errors?: Record<string, string>; removeError?: string }, status = 200): Promise<void> {
    const edition = await this.editionModel(editionId);
    const vehicles = await this.pickups.vehicles(editionId);
    await page.render(
      'travel/vehicles.hbs',
      page.t('pickups.vehiclesTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      {
        edition,
        section: 'dispatch',
        notice: state.notice ?? null,
        vehicles: vehicles.map((v) => ({ ...v, phone: v.driverPhone?.startsWith('+86') ? v.driverPhone.slice(3) : v.driverPhone, removeLabel: page.t('pickups.removeLabel', { plate: v.plate }) })),
        fields: state.fields ?? { plate: '', seats: '', driverName: '', driverPhone: '' },
        errors: state.errors ?? {},
        hasErrors: Object.keys(state.errors ?? {}).length > 0,
        removeError: state.removeError ?? null,
      },
      { form: true, status },
    );
  }

  private async renderDispatch(page: Page, editionId: number, state: { notice?: string | null; group?: string; error?: string }, status = 200): Promise<void> {
    const edition = await this.editionModel(editionId);
    const board = await this.pickups.board(editionId);
    let n = 0;
    const days = board.days.map((d) => ({
      day: d.day,
      groups: d.groups.map((g) => {
        n++;
        return {
          ...g,
          n,
          error: state.group === g.key ? (state.error ?? null) : null,
          arrivals: g.arrivals.map((a) => ({ ...a, modeLabel: TRIP_MODE.labels[a.mode][page.lang], pickLabel: page.t('pickups.pickLabel', { name: a.guestName }) })),
          runs: g.runs.map((r) => page.t('pickups.run', { ...r })),
          vehicles: board.vehicles.map((v) => ({ id: v.id, label: page.t('pickups.vehicleOption', { plate: v.plate, seats: v.seats, driver: v.driverName }) })),
        };
      }),
    }));
    await page.render(
      'travel/dispatch.hbs',
      page.t('pickups.dispatchTitle', { edition: page.pick(edition.title, edition.titleEn) }),
      {
        edition,
        section: 'dispatch',
        notice: state.notice ?? null,
        summary: page.t('pickups.summary', { arrivals: board.arrivals, unassigned: board.unassigned }),
        days,
        hasVehicles: board.vehicles.length > 0,
        unassigned: board.unassigned,
      },
      { form: true, status },
    );
  }
}
