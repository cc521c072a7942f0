import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission } from '../common/access/access.decorators';
import { SESSION_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { LangQuery } from '../common/dto/lang-query.dto';
import { sendRendered } from '../common/http/send-rendered';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { SeatingPlanDto, SeatingPlanRequest, SeatingSwapRequest } from './dto/seating.dto';
import { SeatingDocuments } from './seating-documents';
import { SeatingService } from './seating.service';

/** Protocol seating of a session's rostrum and front rows: anyone with a role in the edition sees it; editors change it. */
@ApiTags('seating')
@Controller('sessions/:id')
export class SeatingController {
  constructor(
    private readonly seating: SeatingService,
    private readonly documents: SeatingDocuments,
  ) {}

  @Get('seating')
  @EditionPermission('view', SESSION_PARAM)
  @ApiOperation({ summary: 'Who sits where: each row’s seats from the audience’s left, with precedence and the guest', description: 'Without a plan of its own a session has one row of nine, Chinese convention, seating the guests invited to it who have not declined.' })
  @ApiOkResponse({ type: SeatingPlanDto })
  @ApiNotFoundResponse({ type: ApiError })
  plan(@Param('id', IdParamPipe) sessionId: number): Promise<SeatingPlanDto> {
    return this.seating.plan(sessionId);
  }

  @Put('seating')
  @EditionPermission('edit_edition', SESSION_PARAM)
  @ApiOperation({ summary: 'Set the convention, the seats per row and who is seated; swaps whose seats still exist are kept' })
  @ApiOkResponse({ type: SeatingPlanDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  configure(@Param('id', IdParamPipe) sessionId: number, @Body() body: SeatingPlanRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<SeatingPlanDto> {
    return this.seating.configure(sessionId, body, actor);
  }

  @Post('seating/swaps')
  @EditionPermission('edit_edition', SESSION_PARAM)
  @HttpCode(200)
  @ApiOperation({ summary: 'Two seated guests trade seats; everyone else keeps theirs' })
  @ApiOkResponse({ type: SeatingPlanDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  swap(@Param('id', IdParamPipe) sessionId: number, @Body() body: SeatingSwapRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<SeatingPlanDto> {
    return this.seating.swap(sessionId, body.a, body.b, actor);
  }

  @Delete('seating/swaps')
  @EditionPermission('edit_edition', SESSION_PARAM)
  @ApiOperation({ summary: 'Forget every swap: seats by rank alone' })
  @ApiOkResponse({ type: SeatingPlanDto })
  @ApiNotFoundResponse({ type: ApiError })
  clearSwaps(@Param('id', IdParamPipe) sessionId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<SeatingPlanDto> {
    return this.seating.clearSwaps(sessionId, actor);
  }

  @Get('seating.pdf')
  @EditionPermission('view', SESSION_PARAM)
  @ApiOperation({ summary: 'The seating chart: rostrum, rows and audience drawn, then every seat listed row by row' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'PDF (A4 landscape)' })
  @ApiNotFoundResponse({ type: ApiError })
  async chart(@Param('id', IdParamPipe) sessionId: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.chart(sessionId, query.lang), 'inline', true);
  }

  @Get('seating/name-cards.pdf')
  @EditionPermission('view', SESSION_PARAM)
  @ApiOperation({ summary: 'Table name cards (座签) of the seated guests, in seat order: row by row, each from the audience’s left' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'PDF, one folded A4 card per guest' })
  @ApiNotFoundResponse({ type: ApiError })
  async nameCards(@Param('id', IdParamPipe) sessionId: number, @Query() query: LangQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.documents.nameCards(sessionId, query.lang), 'inline', true);
  }
}
