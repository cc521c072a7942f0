import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { EditionPermission, Public } from '../common/access/access.decorators';
import { GATE_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { acceptedLanguage } from '../common/i18n/language';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { TicketCodes } from '../credentials/ticket-codes';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';
import { CheckInLive } from './check-in-live';
import { CheckInService } from './check-in.service';
import { CreateGateRequest, GateDto, LiveCountsDto, PublicKeyDto, ScanAnswerDto, ScanRequest, SnapshotDto, SyncAnswerDto, SyncRequest } from './dto/check-in.dto';
import { GatesService } from './gates.service';

/**
 * Door check-in for devices and scanning apps (bearer token): gates, scans, offline snapshots and
 * their sync, live counts. The check-in pages call the same services with the page's sign-in.
 */
@ApiTags('check-in (on site)')
@Controller()
export class CheckInController {
  constructor(
    private readonly gates: GatesService,
    private readonly checkIn: CheckInService,
    private readonly live: CheckInLive,
    private readonly codes: TicketCodes,
  ) {}

  @Get('check-in/public-key')
  @Public()
  @ApiOperation({ summary: 'The public key that verifies ticket codes and gate snapshots offline (ECDSA P-256, SHA-256, IEEE P1363 signatures)' })
  @ApiOkResponse({ type: PublicKeyDto })
  async publicKey(): Promise<PublicKeyDto> {
    return { publicKey: await this.codes.publicKey(), algorithm: 'ECDSA-P256-SHA256' };
  }

  @Get('editions/:id/gates')
  @ApiEditionParam()
  @EditionPermission('check_in')
  @ApiOperation({ summary: 'The edition’s check-in gates' })
  @ApiOkResponse({ type: [GateDto] })
  @ApiNotFoundResponse({ type: ApiError })
  async list(@Param('id', EditionIdPipe) editionId: number): Promise<GateDto[]> {
    return (await this.gates.gates(editionId)).map(GateDto.from);
  }

  @Post('editions/:id/gates')
  @ApiEditionParam()
  @EditionPermission('edit_edition')
  @ApiOperation({ summary: 'Add a gate: it admits to the sessions named, or to the edition as a whole; a zone restricts it to credentials admitting there' })
  @ApiCreatedResponse({ type: GateDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'A session of another edition' })
  create(@Param('id', EditionIdPipe) editionId: number, @Body() body: CreateGateRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<GateDto> {
    return this.gates.create(editionId, body, actor);
  }

  @Delete('gates/:gateId')
  @EditionPermission('edit_edition', GATE_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a gate nobody has scanned at' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  async remove(@Param('gateId', IdParamPipe) gateId: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    await this.gates.remove(gateId, actor);
  }

  @Get('gates/:gateId/snapshot')
  @EditionPermission('check_in', GATE_PARAM)
  @ApiOperation({ summary: 'The gate’s signed offline snapshot: every ticket it admits and who is in already' })
  @ApiOkResponse({ type: SnapshotDto })
  @ApiNotFoundResponse({ type: ApiError })
  async snapshot(@Param('gateId', IdParamPipe) gateId: number, @Res({ passthrough: true }) reply: FastifyReply): Promise<SnapshotDto> {
    void reply.header('Cache-Control', 'no-store');
    return this.gates.snapshot(gateId);
  }

  @Post('gates/:gateId/scans')
  @EditionPermission('check_in', GATE_PARAM)
  @HttpCode(200)
  @ApiOperation({
    summary: 'A scan at the gate: admitted, already checked in (when, where, by whom), not valid for this session, cancelled, replaced by a reprint, or unknown',
    description: 'Every outcome is a 200 with `outcome`; the same `deviceId` and `clientScanId` sent again answer the first answer. A ticket is admitted once per scope (the edition, or each session) whatever the number of gates and servers.',
  })
  @ApiOkResponse({ type: ScanAnswerDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such gate' })
  scan(@Param('gateId', IdParamPipe) gateId: number, @Body() body: ScanRequest, @CurrentAccount() staff: AuthenticatedAccount): Promise<ScanAnswerDto> {
    return this.checkIn.scan(gateId, body, staff);
  }

  @Post('gates/:gateId/scans/sync')
  @EditionPermission('check_in', GATE_PARAM)
  @HttpCode(200)
  @ApiOperation({ summary: 'Scans an offline device queued: judged by the time each was scanned, so the first scan of a ticket keeps the admission and later ones (other devices’ too) are reported as duplicates' })
  @ApiOkResponse({ type: SyncAnswerDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  async sync(@Param('gateId', IdParamPipe) gateId: number, @Body() body: SyncRequest, @CurrentAccount() staff: AuthenticatedAccount): Promise<SyncAnswerDto> {
    return { answers: await this.checkIn.sync(gateId, body.deviceId, body.scans, staff) };
  }

  @Get('editions/:id/check-in/counts')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'Check-ins per gate and session, arrivals per five minutes, and the latest duplicates' })
  @ApiOkResponse({ type: LiveCountsDto })
  @ApiNotFoundResponse({ type: ApiError })
  counts(@Param('id', EditionIdPipe) editionId: number, @Headers('accept-language') language: string | undefined): Promise<LiveCountsDto> {
    return this.live.counts(editionId, acceptedLanguage(language));
  }

  @Get('editions/:id/check-in/live')
  @ApiEditionParam()
  @EditionPermission('view')
  @ApiOperation({ summary: 'The same counts as server-sent events (`event: counts`), sent at once, on every change and every few seconds' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ type: ApiError })
  async stream(@Param('id', EditionIdPipe) editionId: number, @Headers('accept-language') language: string | undefined, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.live.stream(editionId, acceptedLanguage(language), request, reply);
  }
}
