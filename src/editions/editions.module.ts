import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EditionsController } from './editions.controller';
import { EditionsService } from './editions.service';
import { EditionRole } from './entities/edition-role.entity';
import { Edition } from './entities/edition.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Edition, EditionRole])],
  controllers: [EditionsController],
  providers: [EditionsService],
  exports: [EditionsService],
})
export class EditionsModule {}
