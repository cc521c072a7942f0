import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Edition } from '../editions/entities/edition.entity';
import { EditionConflictsDto } from './dto/conflict.dto';
import { ScheduleConflicts } from './schedule-conflicts';

@Injectable()
export class ConflictsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conflicts: ScheduleConflicts,
  ) {}

  async forEdition(editionId: number): Promise<EditionConflictsDto> {
    const edition = await this.dataSource.manager.findOne(Edition, { where: { id: editionId } });
    if (!edition) throw new NotFoundException(`No edition with id ${editionId}`);
    return this.conflicts.forEdition(this.dataSource.manager, edition);
  }
}
