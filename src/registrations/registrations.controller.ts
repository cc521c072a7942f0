import { Body, Controller, Delete, Get, Headers, HttpStatus, Ip, Param, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { acceptedLanguage } from '../common/i18n/language';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ChangeSessionsRequest, RegisterRequest } from './dto/register.dto';
import { RegistrationAwaitingDto, RegistrationChallengeDto, RegistrationCreatedDto, RegistrationDto } from './dto/registration.dto';
import { RegistrationAccess } from './registration-access';
import { RegistrationChallenges } from './registration-challenge';
import { RegistrationsService } from './registrations.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

const TOKEN_QUERY = { name: 'token', required: false, description: 'The registration token (or send it as Authorization: Bearer <token>)' };

@ApiTags('registration')
@Controller()
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly challenges: RegistrationChallenges,
  ) {}

  @Post('editions/:id/registrations')
  @ApiEditionParam()
  @Public()
  @ApiOperation({
    summary: 'Register for an edition and its sessions: a seat, or a waitlist place with its position',
    description:
      'The edition by id or slug. At least one session, unless the edition is registered for as a whole (its published program has no session to register for). Whether the edition is published, its registration window, approval and place limit are read in the registration’s own transaction. The answer lists the sessions in the order they take place.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried POST with the same key gets the first answer' })
  @ApiCreatedResponse({ type: RegistrationCreatedDto, description: 'Registered (editions that do not confirm by e-mail)' })
  @ApiAcceptedResponse({
    type: RegistrationAwaitingDto,
    description:
      'Editions that confirm by e-mail: the same answer for a new address and one registered already (no code, no token). A new registration holds its seats as `unconfirmed` until the link mailed to the address is followed within the edition’s window; a registered address is sent its links instead',
  })
  @ApiBadRequestResponse({ type: ApiError, description: 'A malformed field, or no session chosen where the edition has sessions to choose (errors.sessionIds)' })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Already registered with this email (editions that do not confirm by e-mail), or the edition is full' })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'A session cannot be registered for, or registration is closed' })
  @ApiResponse({ status: 428, type: ApiError, description: 'Unusually many registrations from this address or for this edition: solve a challenge (GET …/registration-challenge) and send it as proof' })
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'Too many registrations from this address, for this edition, or messages to this mailbox; see Retry-After (the message says what to do, in the Accept-Language asked)' })
  async register(
    @Param('id', EditionIdPipe) editionId: number,
    @Body() body: RegisterRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Ip() address: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RegistrationCreatedDto | RegistrationAwaitingDto> {
    const answer = await this.registrations.register(editionId, body, idempotencyKey, { address, proof: body.proof }, acceptedLanguage(acceptLanguage));
    if (!('code' in answer)) reply.status(HttpStatus.ACCEPTED);
    return answer;
  }

  @Get('editions/:id/registration-challenge')
  @ApiEditionParam()
  @Public()
  @ApiOperation({
    summary: 'A proof-of-work challenge, needed to register only after unusually many registrations (428)',
    description: 'Find a nonce such that SHA-256 of "<challenge>.<nonce>" starts with `bits` zero bits, and send that string as `proof` with the registration. Valid for ten minutes, for one registration.',
  })
  @ApiOkResponse({ type: RegistrationChallengeDto })
  @ApiNotFoundResponse({ type: ApiError })
  challenge(@Param('id', EditionIdPipe) editionId: number): Promise<RegistrationChallengeDto> {
    return this.challenges.issue(editionId);
  }

  @Get('registrations/:code')
  @Public()
  @ApiOperation({ summary: 'One’s own registration (token required; a wrong token is a 404)' })
  @ApiQuery(TOKEN_QUERY)
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ type: ApiError })
  findOne(@Param('code') code: string, @Req() request: FastifyRequest): Promise<RegistrationDto> {
    return this.registrations.findForOwner(code, RegistrationAccess.tokenOf(request));
  }

  @Patch('registrations/:code')
  @Public()
  @ApiOperation({ summary: 'Change the chosen sessions: seats are taken in added ones and given to the waitlist in removed ones' })
  @ApiQuery(TOKEN_QUERY)
  @ApiOkResponse({ type: RegistrationDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiUnprocessableEntityResponse({ type: ApiError })
  change(@Param('code') code: string, @Body() body: ChangeSessionsRequest, @Req() request: FastifyRequest): Promise<RegistrationDto> {
    return this.registrations.changeSessions(code, RegistrationAccess.tokenOf(request), body.sessionIds);
  }

  @Delete('registrations/:code')
  @Public()
  @ApiOperation({ summary: 'Cancel the whole registration; every seat goes to the head of its waitlist at once' })
  @ApiQuery(TOKEN_QUERY)
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ type: ApiError })
  cancel(@Param('code') code: string, @Req() request: FastifyRequest): Promise<RegistrationDto> {
    return this.registrations.cancel(code, RegistrationAccess.tokenOf(request));
  }

  @Delete('registrations/:code/sessions/:sessionId')
  @Public()
  @ApiOperation({ summary: 'Cancel one session of one’s registration' })
  @ApiQuery(TOKEN_QUERY)
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ type: ApiError })
  cancelSession(@Param('code') code: string, @Param('sessionId', IdParamPipe) sessionId: number, @Req() request: FastifyRequest): Promise<RegistrationDto> {
    return this.registrations.cancelSession(code, RegistrationAccess.tokenOf(request), sessionId);
  }
}
