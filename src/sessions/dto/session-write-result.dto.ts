import { ApiProperty } from '@nestjs/swagger';
import { ConflictDto } from '../../conflicts/dto/conflict.dto';
import { SessionDto } from './session.dto';

/** A saved session and the warnings its schedule raised (the write went ahead regardless). */
export class SessionWriteResult {
  @ApiProperty({ type: SessionDto })
  session: SessionDto;

  @ApiProperty({ type: [ConflictDto] })
  warnings: ConflictDto[];
}
