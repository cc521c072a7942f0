import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes speaker and session_speaker; other modules call this, never the entities. */
@Injectable()
export class SpeakerStore {
  constructor(private readonly dataSource: DataSource) {}
}
