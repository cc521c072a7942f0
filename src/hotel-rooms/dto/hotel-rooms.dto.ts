import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { FieldLabel } from '../../common/i18n/field-labels';
import { LOCAL_DATE } from '../../common/zoned-input';
import { GUEST_GENDERS, type GuestGender } from '../../guests/guest-kinds';

export class HotelRequest {
  @ApiProperty({ example: '西安曲江国际饭店' })
  @FieldLabel('酒店名称', 'hotel name')
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ nullable: true, example: '西安市雁塔区曲江池东路' })
  @FieldLabel('地址', 'address')
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;
}

export class UpdateHotelRequest extends PartialType(HotelRequest) {}

export class RoomBlockRequest {
  @ApiProperty({ example: '双床房', description: '大床房, 双床房, 套房…' })
  @FieldLabel('房型', 'room type')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  roomType: string;

  @ApiProperty({ example: 20, description: 'Rooms held' })
  @FieldLabel('房间数', 'rooms')
  @IsInt()
  @Min(1)
  @Max(2000)
  roomCount: number;

  @ApiProperty({ example: 2, description: 'People a room sleeps: 1 single, 2 twin… (up to 4)' })
  @FieldLabel('每间床位', 'beds per room')
  @IsInt()
  @Min(1)
  @Max(4)
  beds: number;

  @ApiProperty({ example: '2036-11-30', description: 'The first night (YYYY-MM-DD)' })
  @FieldLabel('首晚', 'first night')
  @Matches(LOCAL_DATE, { message: '首晚应为日期 YYYY-MM-DD' })
  firstNight: string;

  @ApiProperty({ example: 2, description: 'Nights held' })
  @FieldLabel('晚数', 'nights')
  @IsInt()
  @Min(1)
  @Max(60)
  nights: number;

  @ApiPropertyOptional({ nullable: true, example: '600–800元/晚' })
  @FieldLabel('价格区间', 'price band')
  @IsOptional()
  @IsString()
  @MaxLength(50)
  priceBand?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Guests may share a room (拼房), up to its beds' })
  @FieldLabel('允许拼房', 'sharing allowed')
  @IsOptional()
  @IsBoolean()
  sharingAllowed?: boolean;

  @ApiPropertyOptional({ default: false, description: 'A man and a woman may share a room of this block' })
  @FieldLabel('允许男女拼房', 'mixed-gender sharing allowed')
  @IsOptional()
  @IsBoolean()
  mixedGenderAllowed?: boolean;

  @ApiPropertyOptional({ default: 1, description: 'Order in which blocks are offered: 1 first (the highest ranks get it)' })
  @FieldLabel('优先顺序', 'priority')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(99)
  priority?: number;

  @ApiPropertyOptional({ nullable: true, example: '二级', description: 'Guests of this rank (级别) or higher get a room to themselves here, sharing or not' })
  @FieldLabel('此级别及以上单住', 'alone from this rank up')
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(50)
  aloneUpToRank?: string | null;
}

export class UpdateRoomBlockRequest extends PartialType(RoomBlockRequest) {}

export class AllocationRequest {
  @ApiPropertyOptional({ default: false, description: 'Start again from empty rooms; otherwise guests keep their rooms and only the unplaced are placed' })
  @FieldLabel('重新分配', 'start again')
  @IsOptional()
  @IsBoolean()
  reset?: boolean;
}

export class MoveRequest {
  @ApiProperty({ example: 3, description: 'The block to move the guest into' })
  @FieldLabel('房型', 'room block')
  @IsInt()
  @Min(1)
  blockId: number;

  @ApiPropertyOptional({ example: 5, description: 'The room of the block (1 … its count); left out: the first room the guest may take' })
  @FieldLabel('房间号', 'room')
  @IsOptional()
  @IsInt()
  @Min(1)
  roomNumber?: number;
}

export class RoomBlockDto {
  @ApiProperty() id: number;
  @ApiProperty() hotelId: number;
  @ApiProperty() roomType: string;
  @ApiProperty() roomCount: number;
  @ApiProperty() beds: number;
  @ApiProperty({ description: 'People a room takes under the block’s rules: its beds when sharing is allowed, else 1' }) capacity: number;
  @ApiProperty({ example: '2036-11-30' }) firstNight: string;
  @ApiProperty() nights: number;
  @ApiProperty({ example: '2036-12-02', description: 'The morning of departure' }) checkOut: string;
  @ApiPropertyOptional({ nullable: true }) priceBand: string | null;
  @ApiProperty() sharingAllowed: boolean;
  @ApiProperty() mixedGenderAllowed: boolean;
  @ApiProperty() priority: number;
  @ApiPropertyOptional({ nullable: true, description: 'The rank from which up guests sleep alone' }) aloneUpToRank: string | null;
  @ApiProperty({ description: 'Guests placed in the block' }) guests: number;
  @ApiProperty({ description: 'Rooms with nobody in them' }) freeRooms: number;
}

export class HotelDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true }) address: string | null;
  @ApiProperty({ type: [RoomBlockDto] }) blocks: RoomBlockDto[];
}

export class RoomGuestDto {
  @ApiProperty() guestId: number;
  @ApiProperty({ description: 'The deputy’s name when an approved deputy comes' }) name: string;
  @ApiPropertyOptional({ nullable: true, enum: GUEST_GENDERS }) gender: GuestGender | null;
  @ApiPropertyOptional({ nullable: true }) rank: string | null;
  @ApiPropertyOptional({ nullable: true }) organization: string | null;
  @ApiPropertyOptional({ nullable: true }) title: string | null;
}

export class OccupantDto extends RoomGuestDto {
  @ApiProperty() bed: number;
}

export class RoomDto {
  @ApiProperty({ description: '1 … the block’s count' }) roomNumber: number;
  @ApiProperty({ type: [OccupantDto] }) occupants: OccupantDto[];
}

export class BlockAllocationDto extends RoomBlockDto {
  @ApiProperty() hotelName: string;
  @ApiProperty({ type: [RoomDto], description: 'The rooms someone is in' }) rooms: RoomDto[];
}

export class AllocationDto {
  @ApiProperty({ type: [BlockAllocationDto], description: 'Blocks, best first' }) blocks: BlockAllocationDto[];
  @ApiProperty({ type: [RoomGuestDto], description: 'Guests who accepted and need a room but have none, highest rank first' }) unassigned: RoomGuestDto[];
  @ApiProperty({ description: 'Guests told of a change by this request' }) notified: number;
}

export class AssignmentDto {
  @ApiProperty() guestId: number;
  @ApiProperty() blockId: number;
  @ApiProperty() hotelName: string;
  @ApiProperty() roomType: string;
  @ApiProperty() roomNumber: number;
  @ApiProperty() bed: number;
  @ApiProperty({ type: [String], description: 'Who else is in the room' }) sharingWith: string[];
}

