import { messages } from './catalogue';
import { fieldLabel } from './field-labels';
import { acceptedLanguage } from './language';
import { localize, LocalText, named } from './local-text';

describe('the language of a request', () => {
  it('is Chinese without a header, or when nothing in it is Chinese or English', () => {
    for (const header of [undefined, '', '*', 'fr-FR', 'de;q=0.9, ja', 'garbage;;;', 'en;q=0']) expect({ header, lang: acceptedLanguage(header) }).toEqual({ header, lang: 'zh' });
  });

  it('is English for en…, and the best-weighted language spoken wins', () => {
    expect(acceptedLanguage('en')).toBe('en');
    expect(acceptedLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(acceptedLanguage('fr, en;q=0.8, zh;q=0.5')).toBe('en');
    expect(acceptedLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(acceptedLanguage('zh-TW, en')).toBe('zh');
    expect(acceptedLanguage('english')).toBe('zh');
  });
});

describe('a catalogue', () => {
  const WORDS = messages({ hello: { zh: '{who}，你好', en: 'Hello, {who}' }, onlyChinese: { zh: '只有中文' } });

  it('makes both languages at once, a LocalText value in the same language, English falling back to Chinese', () => {
    const text = WORDS.hello({ who: named('赵晖', 'Zhao Hui') });
    expect([text.zh, text.en]).toEqual(['赵晖，你好', 'Hello, Zhao Hui']);
    expect(WORDS.onlyChinese().en).toBe('只有中文');
  });

  it('is put in one language wherever it sits in an answer, without touching the answer it was given', () => {
    const shared = { list: [{ message: new LocalText('中', 'en') }], at: new Date(0), n: 1 };
    const english = localize(shared, 'en');
    expect(english).toEqual({ list: [{ message: 'en' }], at: new Date(0), n: 1 });
    expect(shared.list[0].message).toBeInstanceOf(LocalText);
    expect(localize(shared, 'zh').list[0].message).toBe('中');
  });

  it('names fields in words, with their place in a list', () => {
    expect(fieldLabel('email')).toEqual(new LocalText('「邮箱」', 'e-mail'));
    expect(fieldLabel('hosts[0].organizationId')).toEqual(new LocalText('「单位」（主办单位第 1 项）', 'organization (hosts item 1)'));
    expect(fieldLabel('sessionIds[2]')).toEqual(new LocalText('「场次」第 3 项', 'sessions item 3'));
    expect(fieldLabel('somethingNew')).toEqual(new LocalText('「somethingNew」', 'somethingNew'));
  });
});
