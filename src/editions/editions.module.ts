import { Module } from '@nestjs/common';
import { EditionStore } from './edition.store';
import { EDITION_TARGETS, EditionParamTarget } from './edition-targets';
import { EditionsController } from './editions.controller';
import { EditionsService } from './editions.service';
import { PrivacyNoticeController } from './privacy-notice.controller';
import { PrivacyNoticesService } from './privacy-notices.service';

/**
 * The edition tables and their public reads. Nearly every module reads editions, so this one
 * imports nothing (its privacy notice's edits need only the global audit trail); the organizers' edits, which touch rooms, sessions and releases too, are in
 * EditionEditingModule.
 */
@Module({
  controllers: [EditionsController, PrivacyNoticeController],
  providers: [EditionStore, EditionsService, PrivacyNoticesService, ...EDITION_TARGETS],
  exports: [EditionStore, EditionsService, PrivacyNoticesService, EditionParamTarget],
})
export class EditionsModule {}
