import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** The largest id an `int` column holds on both dialects. */
export const MAX_ID = 2_147_483_647;

/** A numeric row id from the path; anything else is a 400 naming the parameter. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const name = metadata.data ?? 'id';
    if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > MAX_ID) {
      throw new BadRequestException({
        message: `Invalid ${name}`,
        errors: { [name]: `must be a positive integer, got "${value.slice(0, 40)}"` },
      });
    }
    return Number(value);
  }
}
