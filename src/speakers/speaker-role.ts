export const SPEAKER_ROLES = ['moderator', 'speaker', 'guest'] as const;
/** 主持人, 演讲嘉宾, 嘉宾 */
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];
