import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ChosenPassword } from '../../accounts/password-rules';
import { OptionalText } from '../../common/validation/text-fields';

const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class InvitePartnerRequest {
  @ApiProperty({ example: 'colleague@example.org', description: 'Where the invitation link is mailed; the account will sign in with it' })
  @Transform(lowerTrim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @OptionalText(100, '李明')
  displayName?: string | null;

  @ApiPropertyOptional({ description: 'The new account may invite colleagues and name admins' })
  @IsOptional()
  @IsBoolean({ message: 'admin must be true or false' })
  admin?: boolean;
}

export class AcceptInvitationRequest {
  @ApiProperty({ description: 'The token of the mailed link' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token is not an invitation token' })
  token: string;

  @ApiProperty({ minLength: 10, maxLength: 200 })
  @ChosenPassword('password')
  password: string;

  @OptionalText(100)
  displayName?: string | null;
}

export class SetPartnerAdminRequest {
  @ApiProperty({ description: 'Whether the account administers its organization’s team' })
  @IsBoolean({ message: 'admin must be true or false' })
  admin: boolean;
}

export class PartnerTeamMemberDto {
  @ApiProperty() id: number;
  @ApiProperty() email: string;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty({ description: 'Administers the team' }) admin: boolean;
  @ApiProperty() disabled: boolean;
}

export class PartnerInvitationDto {
  @ApiProperty() id: number;
  @ApiProperty() email: string;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName: string | null;
  @ApiProperty() admin: boolean;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class PartnerTeamDto {
  @ApiProperty() organizationId: number;
  @ApiProperty({ type: [PartnerTeamMemberDto] }) members: PartnerTeamMemberDto[];
  @ApiProperty({ type: [PartnerInvitationDto], description: 'Invitations mailed and not yet followed' }) invitations: PartnerInvitationDto[];
}

export class InvitationPreviewDto {
  @ApiProperty() organization: string;
  @ApiProperty() email: string;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName: string | null;
}
