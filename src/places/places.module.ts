import { Module } from '@nestjs/common';
import { PlaceReference } from './place-reference.service';
import { PlacesController } from './places.controller';

/** The province and city reference list that edition forms suggest from; no table, no other module. */
@Module({ controllers: [PlacesController], providers: [PlaceReference], exports: [PlaceReference] })
export class PlacesModule {}
