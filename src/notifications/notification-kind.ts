export const NOTIFICATION_KINDS = ['confirmation', 'waitlist_promotion', 'session_changed', 'reminder', 'approval', 'rejection', 'cancellation', 'password_reset', 'link_resend', 'confirmation_request', 'guest_invitation', 'guest_reminder', 'guest_room', 'guest_deputy', 'pickup_guest', 'pickup_driver', 'partner_invitation'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
