import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { PersonalDocumentQuery } from '../common/dto/lang-query.dto';
import { sendRendered } from '../common/http/send-rendered';
import { RegistrationAccess } from '../registrations/registration-access';
import { AttendeeDocuments } from '../attendee-documents/attendee-documents';

@ApiTags('registration')
@Controller('registrations')
export class TicketsController {
  constructor(private readonly attendeeDocuments: AttendeeDocuments) {}

  @Get(':code/ticket.pdf')
  @Public()
  @ApiOperation({ summary: 'The attendee’s one-page ticket with the code as text and as a QR code for check-in' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'PDF ticket' })
  @ApiNotFoundResponse({ type: ApiError })
  async ticket(@Param('code') code: string, @Query() query: PersonalDocumentQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendRendered(request, reply, await this.attendeeDocuments.ticket(code, RegistrationAccess.tokenOf(request), query.lang), 'inline', true);
  }
}
