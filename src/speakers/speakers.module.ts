import { Module } from '@nestjs/common';
import { SpeakerStore } from './speaker.store';

/** The speaker tables, for every module that reads speakers (session views, conflicts, merges); imports nothing. */
@Module({ providers: [SpeakerStore], exports: [SpeakerStore] })
export class SpeakersModule {}
