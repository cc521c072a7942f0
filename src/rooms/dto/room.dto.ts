import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Room } from '../entities/room.entity';
import { OptionalText, RequiredText } from '../../common/validation/text-fields';

export class CreateRoomRequest {
  @RequiredText(200, '主会场')
  name: string;

  @OptionalText(200, 'Main Hall')
  nameEn?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 800 })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  capacity?: number | null;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  displayOrder?: number;
}

export class UpdateRoomRequest extends PartialType(CreateRoomRequest) {}

export class RoomDto {
  @ApiProperty() id: number;
  @ApiProperty() editionId: number;
  @ApiProperty({ example: '主会场' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nameEn: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) capacity: number | null;
  @ApiProperty() displayOrder: number;

  static from(room: Room): RoomDto {
    return { id: room.id, editionId: room.editionId, name: room.nameZh, nameEn: room.nameEn, capacity: room.capacity, displayOrder: room.displayOrder };
  }
}
