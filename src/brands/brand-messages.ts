import { messages } from '../common/i18n/catalogue';

/** What the brands module says when it refuses, in both languages. */
export const BRAND_MESSAGES = messages({
  notFound: { zh: '没有品牌活动“{slug}”', en: 'No brand "{slug}"' },
  exists: { zh: '品牌活动“{slug}”已存在', en: 'A brand "{slug}" already exists' },
  slugUsed: { zh: '已被使用', en: 'already used' },
});
