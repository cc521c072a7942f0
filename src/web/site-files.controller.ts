import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PageController } from './page-controller.decorator';

/** Browsers ask for /favicon.ico whatever the page says: answer it rather than log a 404 per visit. */
@PageController()
export class SiteFilesController {
  private readonly favicon = readFileSync(join(__dirname, 'assets', 'favicon.ico'));

  @Get('favicon.ico')
  async icon(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('Cache-Control', 'public, max-age=86400').type('image/x-icon').send(this.favicon);
  }
}
