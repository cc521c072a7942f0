import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** A slug from the path (`integrity`); anything else is a 400 naming the parameter. */
@Injectable()
export class SlugParamPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const name = metadata.data ?? 'slug';
    if (!SLUG_PATTERN.test(value)) {
      throw new BadRequestException({
        message: `Invalid ${name}`,
        errors: { [name]: 'must be lower-case letters, digits and hyphens' },
      });
    }
    return value;
  }
}
