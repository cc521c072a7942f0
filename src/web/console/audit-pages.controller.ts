import { Get, Inject, Query, Req, Res } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../../audit/audit.service';
import { AuditQuery } from '../../audit/dto/audit-query.dto';
import { EditionPermission } from '../../common/access/access.decorators';
import { EDITION_QUERY } from '../../common/access/permission-target';
import { EditionsService } from '../../editions/editions.service';
import { allows } from '../../teams/permissions';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { PageRenderer } from '../page-renderer';
import { changesOf } from './audit-view';

const PAGE_SIZE = 50;

/**
 * The audit trail as a page: who changed what and when, before → after, filtered by edition
 * and by person. An edition's trail needs the right to change its settings; the whole trail
 * (accounts and the team too) a role over everything, as GET /api/audit does.
 */
@PageController('admin')
export class AuditPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly audit: AuditService,
    private readonly editions: EditionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('audit')
  @EditionPermission('edit_edition', EDITION_QUERY)
  async list(@Query() raw: Record<string, unknown>, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = this.pages.page(request, reply);
    const viewer = request.account!;
    const filter = Object.fromEntries(['editionId', 'accountId', 'offset'].filter((k) => typeof raw[k] === 'string' && raw[k] !== '').map((k) => [k, raw[k]]));
    const { request: query, errors } = await asApiRequest(AuditQuery, filter);
    if (Object.keys(errors).length > 0) {
      const [field, message] = Object.entries(errors)[0];
      return page.render('error.hbs', page.t('httpError.400'), { status: 400, text: `${field}: ${typeof message === 'string' ? message : message.in(page.lang)}` }, { status: 400 });
    }
    query.limit = PAGE_SIZE;
    const [result, actors, editions] = await Promise.all([this.audit.list(query), this.audit.actors(query.editionId), this.editions.listFor(viewer)]);
    const titles = new Map(editions.map((e) => [e.id, page.pick(e.titleZh, e.titleEn)]));
    const link = (offset: number) => `/admin/audit?${new URLSearchParams({ ...(query.editionId ? { editionId: String(query.editionId) } : {}), ...(query.accountId ? { accountId: String(query.accountId) } : {}), offset: String(offset) })}`;
    const edition = query.editionId ? editions.find((e) => e.id === query.editionId) : undefined;
    await page.render(
      'console/audit.hbs',
      page.t('audit.title'),
      {
        consoleSection: 'audit',
        section: 'audit',
        edition: edition ? { id: edition.id } : null,
        everything: allows(viewer.grants, 'edit_edition', {}, 'global'),
        editions: editions
          .filter((e) => allows(viewer.grants, 'edit_edition', { editionId: e.id, brandId: e.brandId }, 'edition'))
          .map((e) => ({ id: e.id, title: page.pick(e.titleZh, e.titleEn), selected: e.id === query.editionId })),
        actors: actors.map((a) => ({ ...a, selected: a.accountId === query.accountId })),
        entries: result.items.map((e) => ({
          ...e,
          // Shown in the installation's zone (Asia/Shanghai unless configured), as organizers read clocks.
          when: DateTime.fromISO(e.at, { zone: 'utc' }).setZone(this.config.defaultTimeZone).toFormat('yyyy-MM-dd HH:mm:ss'),
          actionLabel: page.t(`audit.action.${e.action}`) === `audit.action.${e.action}` ? e.action : page.t(`audit.action.${e.action}`),
          editionTitle: e.editionId ? (titles.get(e.editionId) ?? `#${e.editionId}`) : null,
          changes: changesOf(e),
        })),
        older: query.offset + PAGE_SIZE < result.total ? link(query.offset + PAGE_SIZE) : null,
        newer: query.offset > 0 ? link(Math.max(0, query.offset - PAGE_SIZE)) : null,
      },
      { personal: true },
    );
  }
}
