import { Module } from '@nestjs/common';
import { EditionStore } from './edition.store';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EditionCloningService } from './edition-cloning.service';
import { EditionEditingController } from './edition-editing.controller';
import { EditionEditingService } from './edition-editing.service';
import { EditionRolesService } from './edition-roles.service';
import { EditionsController } from './editions.controller';
import { EditionsService } from './editions.service';
import { EditionRole } from './entities/edition-role.entity';
import { Edition } from './entities/edition.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Edition, EditionRole])],
  controllers: [EditionsController, EditionEditingController],
  providers: [EditionStore, EditionsService, EditionEditingService, EditionRolesService, EditionCloningService],
  exports: [EditionStore, EditionsService],
})
export class EditionsModule {}
