import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GuestTravelDto } from '../../guest-travel/dto/guest-trip.dto';
import { GuestTravelService } from '../../guest-travel/guest-travel.service';
import type { TripDirection } from '../../guest-travel/trip-kinds';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { isBlank, modeOptions, tripFields, tripFieldsOf, tripRequestOf, type TripFields } from './trip-form';
import { isRefusal, pageRefusal, text } from './page-refusal';

const DIRECTIONS: TripDirection[] = ['arrival', 'departure'];

/**
 * The guest's own travel page, `/g/{code}/travel?token=…`: a plain, phone-first form for the
 * arrival and the departure, posted with its CSRF token to the same service as the API. It
 * stands alone, so the reply page (and any message) can link to it.
 */
@PageController('g')
export class GuestTravelPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly travel: GuestTravelService,
  ) {}

  @Get(':code/travel')
  async show(@Param('code') code: string, @Query('token') token: string | undefined, @Query('done') done: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const view = await this.travel.ofInvited(code, token);
    return this.render(page, code, token ?? '', view, { arrival: tripFields(view.arrival), departure: tripFields(view.departure) }, {}, done === '1');
  }

  @Post(':code/travel')
  async save(@Param('code') code: string, @Body() body: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const token = text(body?.token);
    // A wrong link is the same 404 page as the API's, before anything is read from the form.
    await this.travel.ofInvited(code, token);
    const fields = { arrival: tripFieldsOf(body ?? {}, 'arrival_'), departure: tripFieldsOf(body ?? {}, 'departure_') };
    const errors: Record<string, string> = {};
    for (const direction of DIRECTIONS) {
      if (isBlank(fields[direction])) continue;
      const checked = await tripRequestOf(fields[direction], page.lang);
      for (const [field, why] of Object.entries(checked.errors)) errors[`${direction}_${field}`] = why;
      if (Object.keys(checked.errors).length) continue;
      try {
        await this.travel.putForInvited(code, token, direction, checked.request);
      } catch (error) {
        if (!isRefusal(error)) throw error;
        const refusal = pageRefusal(error, page.lang);
        if (Object.keys(refusal.errors).length === 0) errors[`${direction}_station`] = refusal.message;
        for (const [field, why] of Object.entries(refusal.errors)) errors[`${direction}_${field}`] = why;
      }
    }
    if (Object.keys(errors).length) return this.render(page, code, token, await this.travel.ofInvited(code, token), fields, errors, false, 400);
    return page.redirect(`/g/${encodeURIComponent(code)}/travel?token=${encodeURIComponent(token)}&done=1`);
  }

  private async render(page: Page, code: string, token: string, view: GuestTravelDto, fields: Record<TripDirection, TripFields>, errors: Record<string, string>, saved: boolean, status = 200): Promise<void> {
    const sections = DIRECTIONS.map((direction) => {
      const f = fields[direction];
      const err = (name: string) => errors[`${direction}_${name}`] ?? null;
      return {
        direction,
        legend: page.t(`travel.${direction}`),
        modes: modeOptions(page.lang, f.mode),
        fields: f,
        errors: { mode: err('mode'), number: err('number'), at: err('at'), station: err('station') },
      };
    });
    await page.render(
      'travel/guest-travel.hbs',
      page.t('travel.guestTitle', { edition: view.editionTitle }),
      {
        code,
        token,
        lead: page.t('travel.guestLead', { name: view.name, timeZone: view.timeZone }),
        sections,
        hasErrors: Object.keys(errors).length > 0,
        saved,
      },
      { form: true, personal: true, status },
    );
  }
}
