import { Body, Controller, HttpCode, Param, Post, Req, Res, SetMetadata, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission, PAGE_KEY, Public } from '../../common/access/access.decorators';
import { SESSION_PARAM } from '../../common/access/permission-target';
import { ConsolePageGuard } from '../console/console-access.guard';
import { localize } from '../../common/i18n/local-text';
import { IdParamPipe } from '../../common/pipes/id-param.pipe';
import { SessionsService } from '../../sessions/sessions.service';
import { FormCsrfGuard } from '../form-csrf.guard';
import { PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { BoardJsonFilter } from './board-json.filter';
import { BoardMoveRequest } from './board-move.dto';

/**
 * Where the board's script saves a move: same origin, the page's sign-in cookie, the page's CSRF
 * token in the `x-csrf-token` header, and the API's own session service (the schedule rules
 * refuse a room double booking with 409; speakers or hosts elsewhere come back as warnings).
 * Not part of the API (its clients use PATCH /api/sessions/:id with a bearer token).
 */
@Controller('admin')
@Public()
@ApiExcludeController()
@SetMetadata(PAGE_KEY, true)
@UseGuards(FormCsrfGuard, ConsolePageGuard)
@UseFilters(BoardJsonFilter)
export class BoardMovesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly sessions: SessionsService,
  ) {}

  @Post('sessions/:id/placement')
  @EditionPermission('edit_schedule', SESSION_PARAM)
  @HttpCode(200)
  async move(@Param('id', IdParamPipe) id: number, @Body() body: BoardMoveRequest, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const result = await this.sessions.update(id, { startsAt: body.startsAt, endsAt: body.endsAt, roomId: body.roomId }, actor);
    void reply.header('Cache-Control', 'no-store');
    return localize(result, page.lang);
  }
}
