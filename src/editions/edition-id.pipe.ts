import { ArgumentMetadata, Injectable, NotFoundException, PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { IdOrSlugPipe } from '../common/pipes/id-or-slug.pipe';
import { EditionStore } from './edition.store';

/**
 * The edition a route names, by its id (`42`) or its slug (`integrity-2019`), as its id: the one
 * resolver of every route that takes an edition (public, registration, organizer and partner
 * routes), so a link may use either. A malformed value is a 400 naming the parameter, an
 * unknown slug a 404; whether the caller may see that edition is its service's to say.
 */
@Injectable()
export class EditionIdPipe implements PipeTransform<string, Promise<number>> {
  private readonly key = new IdOrSlugPipe();

  constructor(private readonly editions: EditionStore) {}

  async transform(value: string, metadata: ArgumentMetadata): Promise<number> {
    const key = this.key.transform(value, metadata);
    if ('id' in key) return key.id;
    const id = await this.editions.idOfSlug(key.slug);
    if (id === null) throw new NotFoundException(`No edition "${key.slug}"`);
    return id;
  }
}

/** The OpenAPI words of a route's `:id` that EditionIdPipe reads. */
export const ApiEditionParam = (): MethodDecorator => ApiParam({ name: 'id', description: 'The edition’s id or its slug', example: 'integrity-2019' });
