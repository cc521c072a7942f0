import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';

export interface ReleasePublished {
  editionId: number;
  releaseId: number;
  version: number;
}

/**
 * Announces a new release inside this process, so that what is rendered from releases
 * (calendar feeds, schedule exports, printed programs) can be prepared once, ahead of the
 * first request, without the releases module knowing who listens.
 */
@Injectable()
export class ReleaseEvents {
  readonly published = new Subject<ReleasePublished>();
}
