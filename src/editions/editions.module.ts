import { Module } from '@nestjs/common';
import { EditionStore } from './edition.store';
import { EditionsController } from './editions.controller';
import { EditionsService } from './editions.service';

/**
 * The edition tables and their public reads. Nearly every module reads editions, so this one
 * imports nothing; the organizers' edits, which touch rooms, sessions and releases too, are in
 * EditionEditingModule.
 */
@Module({
  controllers: [EditionsController],
  providers: [EditionStore, EditionsService],
  exports: [EditionStore, EditionsService],
})
export class EditionsModule {}
