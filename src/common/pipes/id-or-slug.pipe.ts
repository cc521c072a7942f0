import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { MAX_ID } from './id-param.pipe';
import { SLUG_PATTERN } from './slug-param.pipe';
import { FIELD_MESSAGES } from '../i18n/common-messages';
import { fieldLabel } from '../i18n/field-labels';

export type IdOrSlug = { readonly id: number } | { readonly slug: string };


/** `42` or `integrity-2019`: routes accept either so links can be readable and still stable. */
@Injectable()
export class IdOrSlugPipe implements PipeTransform<string, IdOrSlug> {
  transform(value: string, metadata: ArgumentMetadata): IdOrSlug {
    const name = metadata.data ?? 'idOrSlug';
    if (/^\d{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_ID) {
      return { id: Number(value) };
    }
    if (SLUG_PATTERN.test(value) && !/^\d+$/.test(value)) return { slug: value };
    throw new BadRequestException({
      message: FIELD_MESSAGES.idOrSlugParam({ field: fieldLabel(name) }),
      errors: { [name]: FIELD_MESSAGES.idOrSlugParam({ field: fieldLabel(name) }) },
    });
  }
}
