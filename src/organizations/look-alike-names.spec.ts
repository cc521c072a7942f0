import { nameSkeleton } from './look-alike-names';

describe('look-alike organization names', () => {
  const cfis = nameSkeleton('中国网络社会组织联合会');

  it('matches names that differ in what a reader cannot see', () => {
    expect(nameSkeleton('中国网络社会组织 联合会')).toBe(cfis);
    expect(nameSkeleton('中国网络社会组织联合会。')).toBe(cfis);
    expect(nameSkeleton('中国⽹络社会组织联合会')).toBe(cfis);
    expect(nameSkeleton('中国网络社会组织\u200d联合会')).toBe(cfis);
    expect(nameSkeleton('CFIS')).toBe(nameSkeleton('ＣＦlＳ'));
    expect(nameSkeleton('Huiwu')).toBe(nameSkeleton('Нuіwu'));
  });

  it('keeps different names apart', () => {
    expect(nameSkeleton('中国网络社会组织联合会')).not.toBe(nameSkeleton('中国网络空间安全协会'));
    expect(nameSkeleton('陕西省网信办')).not.toBe(nameSkeleton('山西省网信办'));
  });
});
