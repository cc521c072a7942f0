import { Body, Controller, Delete, Get, Headers, Param, Patch, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { ChangeSessionsRequest, RegisterRequest } from './dto/register.dto';
import { RegistrationCreatedDto, RegistrationDto } from './dto/registration.dto';
import { RegistrationAccess } from './registration-access';
import { RegistrationsService } from './registrations.service';
import { ApiEditionParam, EditionIdPipe } from '../editions/edition-id.pipe';

const TOKEN_QUERY = { name: 'token', required: false, description: 'The registration token (or send it as Authorization: Bearer <token>)' };

@ApiTags('registration')
@Controller()
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post('editions/:id/registrations')
  @ApiEditionParam()
  @Public()
  @ApiOperation({
    summary: 'Register for an edition and its sessions: a seat, or a waitlist place with its position',
    description:
      'The edition by id or slug. At least one session, unless the edition is registered for as a whole (its published program has no session to register for). Whether the edition is published, its registration window, approval and place limit are read in the registration’s own transaction. The answer lists the sessions in the order they take place.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried POST with the same key gets the first answer' })
  @ApiCreatedResponse({ type: RegistrationCreatedDto })
  @ApiBadRequestResponse({ type: ApiError, description: 'A malformed field, or no session chosen where the edition has sessions to choose (errors.sessionIds)' })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Already registered with this email, or the edition is full' })
  @ApiUnprocessableEntityResponse({ type: ApiError, description: 'A session cannot be registered for, or registration is closed' })
  register(
    @Param('id', EditionIdPipe) editionId: number,
    @Body() body: RegisterRequest,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<RegistrationCreatedDto> {
    return this.registrations.register(editionId, body, idempotencyKey);
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
