import { Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EditionPermission } from '../../common/access/access.decorators';
import { EditionIdPipe } from '../../editions/edition-id.pipe';
import { PageController } from '../page-controller.decorator';
import { PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { ScheduleBoardView } from './board-view';

/**
 * The schedule board: an edition's days × rooms in quarter hours. The page itself is the
 * script-free board (each card links to its session's form); schedule-board.js adds dragging,
 * resizing and the arrow keys, saving each move through BoardMovesController.
 */
@PageController('admin')
export class BoardPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly view: ScheduleBoardView,
  ) {}

  @Get('editions/:id/board')
  @EditionPermission('view')
  async board(@Param('id', EditionIdPipe) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const viewer = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const model = await this.view.model(id, viewer);
    await page.render('board/board.hbs', page.t('board.title', { edition: page.pick(model.edition.title, model.edition.titleEn) }), { ...model, section: 'board' });
  }
}
