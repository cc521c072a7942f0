import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { FIELD_MESSAGES } from '../i18n/common-messages';
import { fieldLabel } from '../i18n/field-labels';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A slug from the path (`integrity`); anything else is a 400 naming the parameter. */
@Injectable()
export class SlugParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const name = metadata.data ?? 'slug';
    if (!SLUG_PATTERN.test(value)) {
      throw new BadRequestException({
        message: FIELD_MESSAGES.slugParam({ field: fieldLabel(name) }),
        errors: { [name]: FIELD_MESSAGES.slugParam({ field: fieldLabel(name) }) },
      });
    }
    return value;
  }
}
