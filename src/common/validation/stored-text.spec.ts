import { cleanStoredText, cleanSubmittedText } from './stored-text';

describe('text as stored', () => {
  it('removes characters that show nothing: zero-width joiners and spaces, bidi overrides, controls, fillers', () => {
    expect(cleanStoredText('中国网络社会组织\u200d联合会')).toBe('中国网络社会组织联合会');
    expect(cleanStoredText('\u202eevil\u202c\u200b\ufeffname\u0007\u3164')).toBe('evilname');
    expect(cleanStoredText('第一行\n第二行\t!')).toBe('第一行\n第二行\t!');
  });

  it('turns Han look-alikes and full-width Latin into the ordinary characters, and keeps Chinese punctuation', () => {
    expect(cleanStoredText('中国⽹络')).toBe('中国网络');
    expect(cleanStoredText('ＣＦＩＳ２０２６')).toBe('CFIS2026');
    expect(cleanStoredText('中国互联网络信息中心（CNNIC），北京')).toBe('中国互联网络信息中心（CNNIC），北京');
    expect(cleanStoredText('Cafe\u0301')).toBe('Café');
  });

  it('cleans every string of a body but the secrets', () => {
    const body = { name: 'a\u200db', password: 'p\u200dw', nested: [{ title: 'x\u202ey' }], count: 3 };
    expect(cleanSubmittedText(body)).toEqual({ name: 'ab', password: 'p\u200dw', nested: [{ title: 'xy' }], count: 3 });
  });
});
