import { PickType } from '@nestjs/swagger';
import { UpdateSessionRequest } from '../../sessions/dto/session-write.dto';

/** A move on the board: the session's new times (edition wall time) and room, checked by the API's own rules. */
export class BoardMoveRequest extends PickType(UpdateSessionRequest, ['startsAt', 'endsAt', 'roomId'] as const) {}
