import { Global, Module } from '@nestjs/common';
import { AuditStore } from './audit.store';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global: every feature that writes records its writes here. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditStore, AuditService],
  exports: [AuditStore, AuditService],
})
export class AuditModule {}
