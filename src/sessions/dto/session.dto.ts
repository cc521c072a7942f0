import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_ROLES, OrganizationRole } from '../../organizations/organization-role';
import { SPEAKER_ROLES, SpeakerRole } from '../../speakers/speaker-role';
import { SESSION_KINDS, SESSION_STATUSES, SessionKind, SessionStatus } from '../session-kind';

export class SessionHostDto {
  @ApiProperty()
  organizationId: number;

  @ApiProperty({ example: '中网联', description: 'As printed for this session' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  nameEn: string | null;

  @ApiProperty({ enum: ORGANIZATION_ROLES })
  role: OrganizationRole;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'The name this session prints when it differs from the official one (null: the official name)' })
  printedName: string | null;
}

export class SessionSpeakerDto {
  @ApiProperty()
  speakerId: number;

  @ApiProperty({ example: '赵晖' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  nameEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '秘书长' })
  title: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  titleEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '中国网络社会组织联合会' })
  affiliation: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  affiliationEn: string | null;

  @ApiProperty({ enum: SPEAKER_ROLES })
  role: SpeakerRole;

  @ApiProperty()
  displayOrder: number;
}

export class SessionRoomDto {
  @ApiProperty()
  id: number;

  @ApiProperty({ example: '主会场' })
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  nameEn: string | null;
}

/** A session as organizers edit it and the program shows it; times in the edition's zone. */
export class SessionDto {
  @ApiProperty()
  id: number;

  @ApiProperty()
  editionId: number;

  @ApiProperty({ enum: SESSION_KINDS })
  kind: SessionKind;

  @ApiProperty()
  title: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  titleEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  theme: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  themeEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  description: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  descriptionEn: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2021-11-19T09:30:00+08:00' })
  startsAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2021-11-19T11:00:00+08:00' })
  endsAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2021-11-19', description: 'Local day' })
  day: string | null;

  @ApiPropertyOptional({ nullable: true, type: SessionRoomDto })
  room: SessionRoomDto | null;

  @ApiPropertyOptional({ nullable: true, type: Number })
  capacity: number | null;

  @ApiProperty({ enum: SESSION_STATUSES })
  status: SessionStatus;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Registration for this session opens (edition zone); null: the edition’s window' })
  registrationOpensAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Registration for this session closes (edition zone)' })
  registrationClosesAt: string | null;

  @ApiProperty({ type: [SessionHostDto] })
  hosts: SessionHostDto[];

  @ApiProperty({ type: [SessionSpeakerDto] })
  speakers: SessionSpeakerDto[];
}
