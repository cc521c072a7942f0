import { Body, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AnyOrganizer, BrandPermission } from '../../common/access/access.decorators';
import { BRAND_OF_BODY } from '../../common/access/permission-target';
import { BrandsService } from '../../brands/brands.service';
import { LocalText } from '../../common/i18n/local-text';
import { CreateEditionRequest } from '../../editions/dto/edition-write.dto';
import { EditionEditingService } from '../../editions/edition-editing.service';
import { asApiRequest } from '../form-validation';
import { PageController } from '../page-controller.decorator';
import { Page, PageRenderer } from '../page-renderer';
import { SignInCookie } from '../sign-in-cookie';
import { FieldSpec, FormErrors, formRows, FormValues, optionalNumber, optionalText, refusal, textOf } from './console-fields';

type Form = Record<string, unknown>;
const KEYS = ['brand', 'year', 'title', 'titleEn', 'startDate', 'endDate', 'city', 'cityEn'];

/**
 * A new edition in its fewest fields, so an edition can be built from the browser alone; the
 * edition's full form (registration settings, roles, cloning) is the console's edition pages.
 */
@PageController('admin')
export class EditionNewPagesController {
  constructor(
    private readonly pages: PageRenderer,
    private readonly signInCookie: SignInCookie,
    private readonly brands: BrandsService,
    private readonly editing: EditionEditingService,
  ) {}

  @Get('editions/new')
  @AnyOrganizer()
  async form(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.signInCookie.require(request, 'organizer');
    await this.render(this.pages.page(request, reply), {}, {}, null, 200);
  }

  @Post('editions')
  @BrandPermission('edit_edition', BRAND_OF_BODY)
  async create(@Body() body: Form, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const actor = await this.signInCookie.require(request, 'organizer');
    const page = this.pages.page(request, reply);
    const typed: FormValues = Object.fromEntries(KEYS.map((k) => [k, textOf(body?.[k])]));
    const { request: create, errors } = await asApiRequest(CreateEditionRequest, {
      brand: typed.brand,
      year: optionalNumber(typed.year) ?? undefined,
      title: typed.title,
      titleEn: optionalText(typed.titleEn),
      startDate: typed.startDate,
      endDate: typed.endDate,
      city: optionalText(typed.city),
      cityEn: optionalText(typed.cityEn),
    });
    if (Object.keys(errors).length > 0) return this.render(page, typed, errors, page.t('console.checkFields'), 400);
    try {
      const edition = await this.editing.create(create, actor);
      return page.redirect(`/admin/editions/${edition.id}/rooms`);
    } catch (error) {
      const refused = refusal(error, page.lang);
      if (!refused) throw error;
      await this.render(page, typed, refused.errors, refused.message, 409);
    }
  }

  private async render(page: Page, values: FormValues, errors: FormErrors, formError: string | null, status: number) {
    const brands = await this.brands.findAll();
    const fields: FieldSpec[][] = [
      [
        { name: 'brand', type: 'select', required: true, options: brands.map((b) => ({ value: b.slug, label: new LocalText(b.name, b.nameEn ?? b.name) })) },
        { name: 'year', type: 'number', required: true },
      ],
      [
        { name: 'title', type: 'text', required: true, maxlength: 200 },
        { name: 'titleEn', type: 'text', maxlength: 200 },
      ],
      [
        { name: 'startDate', type: 'date', required: true },
        { name: 'endDate', type: 'date', required: true },
      ],
      [
        { name: 'city', type: 'text', maxlength: 100 },
        { name: 'cityEn', type: 'text', maxlength: 100 },
      ],
    ];
    await page.render('board/edition-new.hbs', page.t('console.newEdition'), { rows: formRows(fields, values, errors), formError }, { status, form: true });
  }
}
