import { SeedOrganization } from './seed-types';

/**
 * Every body that an edition or session in ./editions.ts names, once each.
 *
 * Editions refer to organizations exactly as document 000 writes them, which is often a short
 * form (中网联, 国家网信办, 市场监管总局) or a different form in different years (吉林省网信办 in
 * 2021, 吉林省互联网信息办公室 in 2022). The shortName and aliases below are what let those
 * spellings land on one row instead of creating duplicates.
 *
 * Deliberately kept apart, because the documents list them as separate organizers:
 * - 中央网信办 and 国家网信办: the civilization conferences name the former, the integrity and
 *   new e-commerce conferences the latter.
 * - Party-committee cyberspace offices (湖南省委网信办, 北京市委网信办, 天津市委网信办) and the
 *   provincial/municipal 网信办 (陕西省网信办, 山东省网信办, 吉林省网信办, 长沙市网信办). Document 003
 *   also writes 湖南省网信办 and 吉林省委网信办; neither is named by a seeded edition, so they are
 *   not aliased onto the other kind of office.
 *
 * Document 001 names the federation and 国家网信办 in traditional script with pronunciation
 * glosses mixed in (中國網(wǎng)絡(luò)…); those garbled strings are not usable as aliases.
 *
 * Websites are given only for official sites known for certain; absent means unknown, not none.
 */

const DOC_000 = '000_7401ad9edb3da1ac.txt';
const DOC_001 = '001_069279fe3c549414.txt';
const DOC_002 = '002_5dcfb87f36cab5fe.txt';
const DOC_003 = '003_a72f4c6048982e60.txt';
const DOC_004 = '004_c41ae71b5d4282f9.txt';

export const seedOrganizations: SeedOrganization[] = [
  // National bodies
  {
    nameZh: '中国网络社会组织联合会',
    nameEn: 'China Federation of Internet Societies',
    shortName: '中网联',
    kind: 'social_organization',
    // Document 000 gives the English abbreviation alongside the name.
    aliases: ['CFIS'],
    source: `${DOC_000}; ${DOC_001}; ${DOC_003}`,
  },
  {
    nameZh: '国家互联网信息办公室',
    nameEn: 'Cyberspace Administration of China',
    shortName: '国家网信办',
    kind: 'government',
    website: 'http://www.cac.gov.cn',
    // The form used in the footer of the administration's own front page (document 003).
    aliases: ['中华人民共和国国家互联网信息办公室'],
    source: `${DOC_000}; ${DOC_001}; ${DOC_003}; ${DOC_004}`,
  },
  {
    nameZh: '中央网络安全和信息化委员会办公室',
    nameEn: 'Office of the Central Cyberspace Affairs Commission',
    shortName: '中央网信办',
    kind: 'government',
    // It shares www.cac.gov.cn with 国家网信办; leaving the website out keeps the two rows from
    // looking like duplicates of one site.
    aliases: ['中共中央网络安全和信息化委员会办公室'],
    source: `${DOC_000}; ${DOC_003}; ${DOC_004}`,
  },
  {
    nameZh: '中央网络安全和信息化委员会办公室网络社会工作局',
    nameEn: 'Bureau of Cyber Social Work, Office of the Central Cyberspace Affairs Commission',
    kind: 'government',
    aliases: ['中央网信办网络社会工作局'],
    source: DOC_000,
  },
  {
    nameZh: '中央精神文明建设指导委员会办公室',
    nameEn: 'Office of the Central Commission for Guiding Cultural and Ethical Progress',
    shortName: '中央文明办',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '中华人民共和国商务部',
    nameEn: "Ministry of Commerce of the People's Republic of China",
    shortName: '商务部',
    kind: 'government',
    website: 'https://www.mofcom.gov.cn',
    aliases: [],
    source: `${DOC_000}; ${DOC_002}; ${DOC_003}`,
  },
  {
    nameZh: '国家市场监督管理总局',
    nameEn: 'State Administration for Market Regulation',
    shortName: '市场监管总局',
    kind: 'government',
    website: 'https://www.samr.gov.cn',
    aliases: [],
    source: `${DOC_000}; ${DOC_003}`,
  },
  {
    nameZh: '国家发展和改革委员会',
    nameEn: 'National Development and Reform Commission',
    shortName: '国家发展改革委',
    kind: 'government',
    website: 'https://www.ndrc.gov.cn',
    aliases: [],
    source: `${DOC_000}; ${DOC_003}`,
  },
  {
    nameZh: '中国互联网发展基金会',
    nameEn: 'China Internet Development Foundation',
    kind: 'social_organization',
    aliases: [],
    source: DOC_000,
  },

  // National media
  {
    nameZh: '人民网',
    nameEn: "People's Daily Online",
    kind: 'media',
    website: 'http://www.people.com.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '人民视频',
    nameEn: "People's Video",
    kind: 'media',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '央视网',
    nameEn: 'CCTV.com',
    kind: 'media',
    website: 'https://www.cctv.com',
    aliases: [],
    source: DOC_000,
  },

  // Beijing (civilization 2021)
  {
    nameZh: '中国共产党北京市委员会',
    nameEn: 'Beijing Municipal Committee of the Communist Party of China',
    shortName: '中共北京市委',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '北京市人民政府',
    nameEn: "People's Government of Beijing Municipality",
    shortName: '北京市政府',
    kind: 'government',
    website: 'https://www.beijing.gov.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '中共北京市委网络安全和信息化委员会办公室',
    nameEn: 'Cyberspace Affairs Office of the CPC Beijing Municipal Committee',
    shortName: '北京市委网信办',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },

  // Tianjin (civilization 2022)
  {
    nameZh: '中国共产党天津市委员会',
    nameEn: 'Tianjin Municipal Committee of the Communist Party of China',
    shortName: '中共天津市委',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '天津市人民政府',
    nameEn: "People's Government of Tianjin Municipality",
    shortName: '天津市政府',
    kind: 'government',
    website: 'https://www.tj.gov.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '中共天津市委网络安全和信息化委员会办公室',
    nameEn: 'Cyberspace Affairs Office of the CPC Tianjin Municipal Committee',
    shortName: '天津市委网信办',
    kind: 'government',
    aliases: [],
    source: `${DOC_000}; ${DOC_003}`,
  },

  // Shaanxi (integrity 2019)
  {
    nameZh: '陕西省人民政府',
    nameEn: "People's Government of Shaanxi Province",
    shortName: '陕西省政府',
    kind: 'government',
    website: 'http://www.shaanxi.gov.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '陕西省互联网信息办公室',
    nameEn: 'Cyberspace Administration of Shaanxi Province',
    shortName: '陕西省网信办',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '西安市人民政府',
    nameEn: "People's Government of Xi'an Municipality",
    shortName: '西安市政府',
    kind: 'government',
    website: 'http://www.xa.gov.cn',
    aliases: [],
    source: DOC_000,
  },

  // Shandong (integrity 2020)
  {
    nameZh: '山东省人民政府',
    nameEn: "People's Government of Shandong Province",
    shortName: '山东省政府',
    kind: 'government',
    website: 'http://www.shandong.gov.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '山东省互联网信息办公室',
    nameEn: 'Cyberspace Administration of Shandong Province',
    shortName: '山东省网信办',
    kind: 'government',
    // Document 003 drops the 省: "山东网信办根据网民举报依法查处13家违规网络直播营销网站".
    aliases: ['山东网信办'],
    source: `${DOC_000}; ${DOC_003}`,
  },
  {
    nameZh: '济宁市人民政府',
    nameEn: "People's Government of Jining Municipality",
    shortName: '济宁市政府',
    kind: 'government',
    website: 'http://www.jining.gov.cn',
    aliases: [],
    source: DOC_000,
  },

  // Hunan (integrity 2021)
  {
    nameZh: '湖南省人民政府',
    nameEn: "People's Government of Hunan Province",
    shortName: '湖南省政府',
    kind: 'government',
    website: 'http://www.hunan.gov.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '中共湖南省委网络安全和信息化委员会办公室',
    nameEn: 'Cyberspace Affairs Office of the CPC Hunan Provincial Committee',
    shortName: '湖南省委网信办',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '长沙市人民政府',
    nameEn: "People's Government of Changsha Municipality",
    shortName: '长沙市政府',
    kind: 'government',
    website: 'http://www.changsha.gov.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '长沙市互联网信息办公室',
    nameEn: 'Cyberspace Administration of Changsha Municipality',
    shortName: '长沙市网信办',
    kind: 'government',
    // Document 003: "湖南长沙网信办联合市教育局集中约谈教育类网站及自媒体平台".
    aliases: ['长沙网信办'],
    source: `${DOC_000}; ${DOC_003}`,
  },
  {
    // 湖南卫视 is the satellite channel of 湖南广播电视台, not a separate legal body.
    nameZh: '湖南广播电视台卫星频道',
    nameEn: 'Hunan TV',
    shortName: '湖南卫视',
    kind: 'media',
    aliases: [],
    source: DOC_000,
  },

  // Jilin (new e-commerce 2021, 2022)
  {
    nameZh: '吉林省人民政府',
    nameEn: "People's Government of Jilin Province",
    shortName: '吉林省政府',
    kind: 'government',
    website: 'http://www.jl.gov.cn',
    aliases: [],
    source: DOC_000,
  },
  {
    // Written 吉林省网信办 for 2021 and 吉林省互联网信息办公室 for 2022: one body.
    nameZh: '吉林省互联网信息办公室',
    nameEn: 'Cyberspace Administration of Jilin Province',
    shortName: '吉林省网信办',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '吉林省商务厅',
    nameEn: 'Department of Commerce of Jilin Province',
    kind: 'government',
    aliases: [],
    source: DOC_000,
  },
  {
    nameZh: '长春市人民政府',
    nameEn: "People's Government of Changchun Municipality",
    shortName: '长春市政府',
    kind: 'government',
    website: 'http://www.changchun.gov.cn',
    aliases: [],
    source: DOC_000,
  },
];
