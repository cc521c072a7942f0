import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../common/entity-columns';
import { PROPOSAL_KINDS, PROPOSAL_STATUSES, type ProposalContent, type ProposalKind, type ProposalStatus } from '../proposal-kind';

/**
 * A change a hosting body proposes for a delegated sub-forum: a speaker (with photo) or the
 * description. It changes nothing until an organizer accepts it, which applies it to the draft;
 * the public sees it with the next release.
 */
@Entity('session_proposal')
@Index('IDX_session_proposal_organization', ['organizationId', 'sessionId'])
@Index('IDX_session_proposal_edition', ['editionId', 'status'])
export class SessionProposal {
  @PrimaryGeneratedColumn()
  id: number;

  @ForeignKey('Session', { onDelete: 'RESTRICT' })
  @Column({ name: 'session_id', type: 'int' })
  sessionId: number;

  /** The proposing body: every partner query names it. */
  @ForeignKey('Organization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'int' })
  organizationId: number;

  /** The session's edition, kept for the organizers' review queue. */
  @Column({ name: 'edition_id', type: 'int' })
  editionId: number;

  @Column({ type: 'simple-enum', enum: PROPOSAL_KINDS })
  kind: ProposalKind;

  @Column({ type: 'simple-json' })
  content: ProposalContent;

  /** A speaker's photo, stored under UPLOAD_DIR/speaker-photos by a name made from its bytes. */
  @Column({ name: 'photo_file', type: 'varchar', length: 100, nullable: true })
  photoFile: string | null;

  @Column({ type: 'simple-enum', enum: PROPOSAL_STATUSES, default: 'pending' })
  status: ProposalStatus;

  @Column({ name: 'review_comment', type: 'varchar', length: 1000, nullable: true })
  reviewComment: string | null;

  @Column({ name: 'reviewed_by_id', type: 'int', nullable: true })
  reviewedById: number | null;

  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'proposed_by_id', type: 'int', nullable: true })
  proposedById: number | null;

  /** The speaker an accepted speaker proposal made. */
  @Column({ name: 'speaker_id', type: 'int', nullable: true })
  speakerId: number | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
