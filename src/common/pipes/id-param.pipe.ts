import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { FIELD_MESSAGES } from '../i18n/common-messages';
import { fieldLabel } from '../i18n/field-labels';

/** The largest id an `int` column holds on both dialects. */
export const MAX_ID = 2_147_483_647;

/** A numeric row id from the path; anything else is a 400 naming the parameter. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > MAX_ID) {
      throw new BadRequestException({
        message: FIELD_MESSAGES.idParam({ field: fieldLabel(name), value: value.slice(0, 40) }),
        errors: { [name]: FIELD_MESSAGES.idParam({ field: fieldLabel(name), value: value.slice(0, 40) }) },
      });
    }
    return Number(value);
  }
}
