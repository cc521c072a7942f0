import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiBadRequestResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { sendPaged } from '../common/paged';
import { OrganizationDetailDto, OrganizationDto } from './dto/organization.dto';
import { OrganizationQuery } from './dto/organization-query.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Find organizations by any of their names or aliases' })
  @ApiOkResponse({ type: [OrganizationDto] })
  @ApiHeader({ name: 'X-Total-Count', description: 'Matches in all (response header)', required: false })
  @ApiBadRequestResponse({ type: ApiError })
  async search(@Query() query: OrganizationQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendPaged(reply, await this.organizationsService.search(query));
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'An organization with every public edition and session role it has held' })
  @ApiOkResponse({ type: OrganizationDetailDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  findOne(@Param('id', IdParamPipe) id: number, @Req() request: FastifyRequest): Promise<OrganizationDetailDto> {
    return this.organizationsService.findOne(id, request.account);
  }
}
