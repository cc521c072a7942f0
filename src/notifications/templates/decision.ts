import { attendeeGreeting, codeLine } from './greeting';
import { Bilingual, inLanguage, Template } from './template';

export interface DecisionParams {
  name: string;
  code: string;
  editionTitle: Bilingual;
  approved: boolean;
}

/** The organiser approved or rejected a registration awaiting approval. */
export const decision: Template<DecisionParams> = {
  zh: (p) => {
    const outcome = p.approved ? '已通过审核' : '未通过审核';
    return {
      subject: `报名${outcome}：${p.editionTitle.zh}`,
      body: `${attendeeGreeting('zh')}您对${p.editionTitle.zh}的报名${outcome}。\n${codeLine(p.code, 'zh')}`,
    };
  },
  en: (p) => {
    const title = inLanguage(p.editionTitle, 'en');
    return {
      subject: `Registration ${p.approved ? 'approved' : 'not approved'}: ${title}`,
      body: `${attendeeGreeting('en')}Your registration for ${title} has ${p.approved ? 'been approved' : 'not been approved'}.\n${codeLine(p.code, 'en')}`,
    };
  },
};
