import { attendeeGreeting, codeLine } from './greeting';
import { Bilingual, inLanguage, Template } from './template';

export interface PromotionParams {
  name: string;
  code: string;
  editionTitle: Bilingual;
  sessionTitle: Bilingual;
}

/** A waitlisted place became a seat. */
export const promotion: Template<PromotionParams> = {
  zh: (p) => ({
    subject: `候补成功：${p.sessionTitle.zh}`,
    body: `${attendeeGreeting('zh')}您在${p.editionTitle.zh}「${p.sessionTitle.zh}」的候补已转为正式席位。\n${codeLine(p.code, 'zh')}`,
  }),
  en: (p) => {
    const session = inLanguage(p.sessionTitle, 'en');
    return {
      subject: `Off the waitlist: ${session}`,
      body: `${attendeeGreeting('en')}Your waitlisted place in “${session}” at ${inLanguage(p.editionTitle, 'en')} is now a confirmed seat.\n${codeLine(p.code, 'en')}`,
    };
  },
};
