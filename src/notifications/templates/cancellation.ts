import { attendeeGreeting, codeLine } from './greeting';
import { Bilingual, inLanguage, Template } from './template';

export interface CancellationParams {
  name: string;
  code: string;
  editionTitle: Bilingual;
  /** The organizers' words to the attendee, as they typed them. */
  reason: string;
}

/** The organizers cancelled a registration (at the desk), saying why. */
export const cancellation: Template<CancellationParams> = {
  zh: (p) => ({
    subject: `报名已取消：${p.editionTitle.zh}`,
    body: `${attendeeGreeting('zh')}您对${p.editionTitle.zh}的报名已由主办方取消。\n原因：${p.reason}\n${codeLine(p.code, 'zh')}`,
  }),
  en: (p) => {
    const title = inLanguage(p.editionTitle, 'en');
    return {
      subject: `Registration cancelled: ${title}`,
      body: `${attendeeGreeting('en')}Your registration for ${title} has been cancelled by the organizers.\nReason: ${p.reason}\n${codeLine(p.code, 'en')}`,
    };
  },
};
