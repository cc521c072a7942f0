import { Global, Module } from '@nestjs/common';
import { AuditStore } from './audit.store';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditEntry } from './entities/audit-entry.entity';

/** Global: every feature that writes records its writes here. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [AuditController],
  providers: [AuditStore, AuditService],
  exports: [AuditStore, AuditService],
})
export class AuditModule {}
