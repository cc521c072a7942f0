import { Module } from '@nestjs/common';
import { SpeakerStore } from './speaker.store';
import { ConflictsModule } from '../conflicts/conflicts.module';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

@Module({ imports: [ConflictsModule], controllers: [SpeakersController], providers: [SpeakersService, SpeakerStore], exports: [SpeakerStore] })
export class SpeakersModule {}
