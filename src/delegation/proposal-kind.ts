/** What a hosting body may propose for a delegated sub-forum. */
export const PROPOSAL_KINDS = ['speaker', 'description', 'guest'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** pending: waits for an organizer; accepted: applied to the draft (public after the next release); returned: sent back with a comment. */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'returned'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface SpeakerProposalContent {
  name: string;
  nameEn?: string | null;
  title?: string | null;
  affiliation?: string | null;
  bio?: string | null;
}

export interface DescriptionProposalContent {
  description: string;
  descriptionEn?: string | null;
}

/** An invited guest (嘉宾) for the sub-forum: joins the edition's guest list, invited to the session, once accepted. */
export interface GuestProposalContent {
  name: string;
  organization?: string | null;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
}

export type ProposalContent = SpeakerProposalContent | DescriptionProposalContent | GuestProposalContent;
