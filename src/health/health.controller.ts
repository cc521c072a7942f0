import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/access/access.decorators';
import { HealthReport, HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly healthService: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Readiness: the server and its database answer' })
  @ApiOkResponse({ description: 'Database up' })
  @ApiServiceUnavailableResponse({ description: 'Database down' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.healthService.check();
    if (report.status !== 'ok') void reply.status(503);
    return report;
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness for a load balancer: the database answers and every migration of this build is applied; on a cluster, names the node in use' })
  @ApiOkResponse({ description: 'Ready' })
  @ApiServiceUnavailableResponse({ description: 'Database down or migrations pending' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const report = await this.healthService.ready();
    if (report.status !== 'ok') void reply.status(503);
    return report;
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers (touches nothing else)' })
  @ApiOkResponse({ description: 'Alive' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
