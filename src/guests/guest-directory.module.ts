import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { GUEST_PARAM } from '../common/access/permission-target';
import { EditionsModule } from '../editions/editions.module';
import { SessionsModule } from '../sessions/sessions.module';
import { GuestAccess } from './guest-access';
import { GuestImportService } from './guest-import.service';
import { GuestInvitationsController } from './guest-invitations.controller';
import { GuestInvitationsService } from './guest-invitations.service';
import { GuestRepliesController } from './guest-replies.controller';
import { GuestRepliesService } from './guest-replies.service';
import { GuestImportStore } from './guest-import.store';
import { GuestImportsController } from './guest-imports.controller';
import { GuestParamTarget } from './guest-target';
import { GuestsController } from './guests.controller';
import { GuestsModule } from './guests.module';
import { GuestsService } from './guests.service';
import { GUEST_LIST_TYPES, MAX_GUEST_LIST_BYTES } from './import/guest-list-types';

/** Organizers' guest list and its imports: above editions and sessions, whose rows it checks guests against. */
@Module({
  imports: [GuestsModule, EditionsModule, SessionsModule],
  controllers: [GuestsController, GuestImportsController, GuestInvitationsController, GuestRepliesController],
  providers: [GuestsService, GuestImportStore, GuestImportService, GuestAccess, GuestInvitationsService, GuestRepliesService, { provide: GUEST_PARAM, useClass: GuestParamTarget }],
  exports: [GuestsService, GuestImportService, GuestAccess, GuestInvitationsService, GuestRepliesService],
})
export class GuestDirectoryModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Guest lists arrive as the file's raw bytes (never a form: the API refuses those), up to 10 MB. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser(GUEST_LIST_TYPES[0])) return;
    fastify.addContentTypeParser([...GUEST_LIST_TYPES], { parseAs: 'buffer', bodyLimit: MAX_GUEST_LIST_BYTES }, (_request, body, done) => done(null, body));
  }
}
