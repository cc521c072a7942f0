/**
 * Deterministic invented text for demo editions. Seeded from brand and year, so the same
 * command builds the same edition and benchmark runs compare like with like.
 */

/** mulberry32: tiny, fast, and good enough to spread sessions and seats. */
export function seededRandom(seedText: string): () => number {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

const SURNAMES = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['赵', 'Zhao'],
  ['黄', 'Huang'], ['周', 'Zhou'], ['吴', 'Wu'], ['徐', 'Xu'], ['孙', 'Sun'], ['胡', 'Hu'], ['朱', 'Zhu'],
  ['高', 'Gao'], ['林', 'Lin'], ['何', 'He'], ['郭', 'Guo'], ['马', 'Ma'], ['罗', 'Luo'],
] as const;
const GIVEN = [
  ['伟', 'Wei'], ['芳', 'Fang'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['强', 'Qiang'], ['磊', 'Lei'],
  ['洋', 'Yang'], ['艳', 'Yan'], ['勇', 'Yong'], ['军', 'Jun'], ['杰', 'Jie'], ['涛', 'Tao'], ['明', 'Ming'],
  ['超', 'Chao'], ['秀英', 'Xiuying'], ['建华', 'Jianhua'], ['晓东', 'Xiaodong'], ['海燕', 'Haiyan'], ['志强', 'Zhiqiang'],
  ['丽华', 'Lihua'], ['文博', 'Wenbo'], ['思远', 'Siyuan'], ['子涵', 'Zihan'],
] as const;

export function personName(random: () => number): { zh: string; en: string } {
  const [surname, surnameEn] = pick(random, SURNAMES);
  const [given, givenEn] = pick(random, GIVEN);
  return { zh: surname + given, en: `${givenEn} ${surnameEn}` };
}

export const JOB_TITLES = [
  ['教授', 'Professor'], ['研究员', 'Research Fellow'], ['秘书长', 'Secretary-General'], ['副总裁', 'Vice President'],
  ['主任', 'Director'], ['总经理', 'General Manager'], ['首席科学家', 'Chief Scientist'], ['院长', 'Dean'],
] as const;

export const TOPICS = [
  ['网络诚信建设', 'Internet integrity'], ['平台经济治理', 'Platform economy governance'], ['个人信息保护', 'Personal information protection'],
  ['数据安全', 'Data security'], ['人工智能伦理', 'AI ethics'], ['未成年人网络保护', 'Protecting minors online'],
  ['直播电商规范', 'Live-stream commerce standards'], ['跨境电商', 'Cross-border e-commerce'], ['数字乡村', 'Digital countryside'],
  ['网络文明传播', 'Online civility'], ['算法治理', 'Algorithm governance'], ['数字消费', 'Digital consumption'],
] as const;
