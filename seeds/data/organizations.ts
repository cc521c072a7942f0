import { cite, DOC_000, DOC_001, DOC_002, DOC_003 } from './documents';
import { seedProvincialOffices } from './provincial-offices';
import { SeedOrganization } from './seed-types';

/**
 * Every body the documents name in a role, a membership or a founding, once each, under the
 * fullest name a document gives (商务部 stays 商务部: no document expands it). Names that are
 * the same body are aliases of one row:
 * - 中央网信办 and 国家互联网信息办公室 (国家网信办): document 003 writes
 *   "中央网信办（国家互联网信息办公室）", and the footer of its front page gives both full names.
 * - A province's 省委网信办 and 省网信办: ./provincial-offices.ts.
 * Document 001 is in traditional script with pinyin inserted after some characters
 * (網(wǎng)絡(luò)); names are stored in simplified script, quotations as the document has them.
 * English names are the organizer's translations (marked so), except the federation's, which
 * document 000 gives.
 */

const ZJ_MEMBERS_QUOTE =
  '杭州市網(wǎng)絡(luò)安全研究院、寧波市網(wǎng)絡(luò)文化協(xié)會、寧波市計(jì)算機(jī)信息網(wǎng)絡(luò)安全協(xié)會、寧波市計(jì)算機(jī)學(xué)會、溫州市互聯(lián)網(wǎng)發(fā)展促進(jìn)會、溫州市網(wǎng)絡(luò)公益聯(lián)合會、溫州市網(wǎng)絡(luò)作家協(xié)會、溫州市網(wǎng)絡(luò)文化協(xié)會、紹興市網(wǎng)絡(luò)界人士聯(lián)誼會、金華市網(wǎng)絡(luò)文化協(xié)會、衢州市網(wǎng)絡(luò)作家協(xié)會、衢州市電子商務(wù)協(xié)會、舟山市網(wǎng)絡(luò)文化協(xié)會、臺州市網(wǎng)絡(luò)文化協(xié)會、臺州市網(wǎng)絡(luò)界人士聯(lián)誼會、麗水市網(wǎng)絡(luò)文化協(xié)會等16家單位任會員單位';
const ZJ_COUNCIL_QUOTE =
  '浙江省青年網(wǎng)絡(luò)協(xié)會、杭州市網(wǎng)絡(luò)文化協(xié)會、寧波市網(wǎng)絡(luò)文化協(xié)會3家單位任理事單位';
const ZJ_EXECUTIVE_QUOTE = '其中浙江省網(wǎng)絡(luò)文化協(xié)會任常務(wù)理事單位';
const ZJ_FIRST_MEMBERS_QUOTE =
  '在第一屆中國網(wǎng)絡(luò)社會組織聯(lián)合會成立大會上,浙江共有20家網(wǎng)絡(luò)社會組織成為首批會員';
export const ZHEJIANG_QUOTES = { members: ZJ_MEMBERS_QUOTE, council: ZJ_COUNCIL_QUOTE, executive: ZJ_EXECUTIVE_QUOTE, first: ZJ_FIRST_MEMBERS_QUOTE };

/** The 19 bodies (20 places: 宁波市网络文化协会 is listed twice) that joined at the founding, in the document's order. */
export const ZHEJIANG_MEMBERS: { nameZh: string; quote: string }[] = [
  { nameZh: '浙江省网络文化协会', quote: ZJ_EXECUTIVE_QUOTE },
  ...['浙江省青年网络协会', '杭州市网络文化协会', '宁波市网络文化协会'].map((nameZh) => ({ nameZh, quote: ZJ_COUNCIL_QUOTE })),
  ...[
    '杭州市网络安全研究院',
    '宁波市计算机信息网络安全协会',
    '宁波市计算机学会',
    '温州市互联网发展促进会',
    '温州市网络公益联合会',
    '温州市网络作家协会',
    '温州市网络文化协会',
    '绍兴市网络界人士联谊会',
    '金华市网络文化协会',
    '衢州市网络作家协会',
    '衢州市电子商务协会',
    '舟山市网络文化协会',
    '台州市网络文化协会',
    '台州市网络界人士联谊会',
    '丽水市网络文化协会',
  ].map((nameZh) => ({ nameZh, quote: ZJ_MEMBERS_QUOTE })),
];

const ALLIANCE_FIVE_QUOTE = '中国互联网协会网络诚信推进联盟由中国互联网协会和百度、腾讯、新浪、搜狐、网易联合发起';
const ALLIANCE_SIX_QUOTE =
  '中国互联网协会网络诚信推进联盟由中国互联网协会百度腾讯搜狐新浪网易凤凰网六家共同发起成立,于2009年3月10日上午10点在北京香格里拉饭店举行成立仪式。';
const ALLIANCE_FIVE_AGAIN_QUOTE = '中国互联网协会联合百度、腾讯、新浪、搜狐、网易五家业内最有影响的互联网企业,共同发起成立“中国互联网协会网络诚信推进联盟”。';
export const ALLIANCE_QUOTES = { five: ALLIANCE_FIVE_QUOTE, six: ALLIANCE_SIX_QUOTE, fiveAgain: ALLIANCE_FIVE_AGAIN_QUOTE };

/** The federation's committees (发展历史 of document 000), with the day each was founded. */
export const FEDERATION_COMMITTEES: { nameZh: string; shortName?: string; foundedOn: string; quote: string; composedName: boolean }[] = [
  { nameZh: '中国网络社会组织联合会党委', foundedOn: '2018-07-19', quote: '2018年7月19日,中国网络社会组织联合会党委正式成立。', composedName: false },
  { nameZh: '中国网络社会组织联合会网络传播专业委员会', shortName: '网络传播专业委员会', foundedOn: '2019-03-04', quote: '2019年3月4日,中网联成立网络传播专业委员会。', composedName: true },
  { nameZh: '中国网络社会组织联合会数字经济专业委员会', shortName: '数字经济专业委员会', foundedOn: '2020-08-19', quote: '2020年8月19日,中网联成立数字经济专业委员会。', composedName: true },
  { nameZh: '中国网络社会组织联合会在线教育专业委员会', shortName: '在线教育专业委员会', foundedOn: '2021-03-16', quote: '2021年3月16日,中网联成立在线教育专业委员会。', composedName: true },
  { nameZh: '中国网络社会组织联合会未成年人网络保护专业委员会', shortName: '未成年人网络保护专业委员会', foundedOn: '2022-06-20', quote: '2022年6月20日,中网联成立未成年人网络保护专业委员会。', composedName: true },
  {
    nameZh: '中国网络社会组织联合会直播短视频专业委员会',
    shortName: '直播短视频专业委员会',
    foundedOn: '2023-10-13',
    quote: '2023年10月13日,中国网络社会组织联合会直播短视频专业委员会在第三届中国新电商大会开幕式上正式揭牌成立。',
    composedName: false,
  },
];

const government = (nameZh: string, extra: Partial<SeedOrganization> & Pick<SeedOrganization, 'sources'>): SeedOrganization => ({
  nameZh,
  kind: 'government',
  aliases: [],
  ...extra,
});

export const seedOrganizations: SeedOrganization[] = [
  {
    nameZh: '中国网络社会组织联合会',
    nameEn: 'China Federation of Internet Societies',
    nameEnFromDocument: true,
    shortName: '中网联',
    kind: 'social_organization',
    aliases: ['CFIS'],
    foundedOn: '2018-05-09',
    foundedInZh: '北京',
    sources: [
      cite(DOC_000, '中国网络社会组织联合会简称中网联,英文名称为China Federation of Internet Societies(缩写:CFIS),于2018年5月在北京成立'),
      cite(DOC_000, '2018年5月9日,中国网络社会组织联合会正式成立。'),
      cite(DOC_001, '中國網(wǎng)絡(luò)社會組織聯(lián)合會成立大會5月9日在京召開。'),
    ],
  },
  {
    nameZh: '中共中央网络安全和信息化委员会办公室',
    nameEn: 'Office of the Central Cyberspace Affairs Commission (Cyberspace Administration of China)',
    shortName: '中央网信办',
    kind: 'government',
    website: 'http://www.cac.gov.cn',
    aliases: ['国家互联网信息办公室', '国家网信办', '中华人民共和国国家互联网信息办公室'],
    sources: [
      cite(DOC_003, '中共中央网络安全和信息化委员会办公室'),
      cite(DOC_003, '中华人民共和国国家互联网信息办公室'),
      cite(DOC_003, '中央网信办（国家互联网信息办公室）违法和不良信息举报中心'),
      cite(DOC_003, 'www.cac.gov.cn'),
      cite(DOC_000, '本次大会由国家互联网信息办公室、商务部、国家市场监督管理总局指导'),
      cite(DOC_000, '本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、陕西省人民政府指导'),
    ],
    notes: ['中央网信办与国家互联网信息办公室（国家网信办）为同一机构的两个名称（文献003：“中央网信办（国家互联网信息办公室）”），收为一个单位；网址前的 http:// 为整理者所加'],
  },
  government('中央网信办网络社会工作局', { sources: [cite(DOC_000, '中央网信办网络社会工作局、北京市委网信办、中国网络社会组织联合会承办')] }),
  government('中央文明办', { sources: [cite(DOC_000, '本届大会由中央网信办、中央文明办、中共北京市委、北京市人民政府共同主办')] }),
  government('商务部', { nameEn: 'Ministry of Commerce', sources: [cite(DOC_000, '本次大会由国家互联网信息办公室、商务部、国家市场监督管理总局指导')] }),
  government('国家市场监督管理总局', {
    nameEn: 'State Administration for Market Regulation',
    shortName: '市场监管总局',
    sources: [
      cite(DOC_000, '本次大会由国家互联网信息办公室、商务部、国家市场监督管理总局指导'),
      cite(DOC_000, '本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、陕西省人民政府指导'),
    ],
  }),
  government('国家发展改革委', {
    nameEn: 'National Development and Reform Commission',
    sources: [cite(DOC_000, '本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、陕西省人民政府指导')],
  }),
  {
    nameZh: '中国互联网发展基金会',
    nameEn: 'China Internet Development Foundation',
    kind: 'social_organization',
    aliases: [],
    sources: [cite(DOC_000, '中国网络社会组织联合会、中国互联网发展基金会联合主办')],
  },
  { nameZh: '人民网', nameEn: "People's Daily Online", kind: 'media', aliases: [], sources: [cite(DOC_000, '人民网、人民视频承办')] },
  { nameZh: '人民视频', nameEn: "People's Video", kind: 'media', aliases: [], sources: [cite(DOC_000, '人民网、人民视频承办')] },
  { nameZh: '央视网', nameEn: 'CCTV.com', kind: 'media', aliases: [], sources: [cite(DOC_000, '济宁市人民政府、央视网承办')] },
  { nameZh: '湖南卫视', nameEn: 'Hunan TV', kind: 'media', aliases: [], sources: [cite(DOC_000, '央视网、湖南卫视、长沙市网信办承办')] },

  government('中共北京市委', { sources: [cite(DOC_000, '本届大会由中央网信办、中央文明办、中共北京市委、北京市人民政府共同主办')] }),
  government('北京市人民政府', { nameEn: "People's Government of Beijing Municipality", sources: [cite(DOC_000, '本届大会由中央网信办、中央文明办、中共北京市委、北京市人民政府共同主办')] }),
  government('中共天津市委', { sources: [cite(DOC_000, '本届大会由中央网信办、中央文明办、中共天津市委和天津市人民政府共同主办')] }),
  government('天津市人民政府', { nameEn: "People's Government of Tianjin Municipality", sources: [cite(DOC_000, '本届大会由中央网信办、中央文明办、中共天津市委和天津市人民政府共同主办')] }),
  government('陕西省人民政府', { nameEn: "People's Government of Shaanxi Province", sources: [cite(DOC_000, '本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、陕西省人民政府指导')] }),
  government('西安市人民政府', { nameEn: "People's Government of Xi'an Municipality", sources: [cite(DOC_000, '西安市人民政府承办')] }),
  government('山东省人民政府', { nameEn: "People's Government of Shandong Province", sources: [cite(DOC_000, '本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、山东省人民政府指导')] }),
  government('济宁市人民政府', { nameEn: "People's Government of Jining Municipality", sources: [cite(DOC_000, '济宁市人民政府、央视网承办')] }),
  government('湖南省人民政府', { nameEn: "People's Government of Hunan Province", sources: [cite(DOC_000, '本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、湖南省人民政府指导')] }),
  government('长沙市人民政府', { nameEn: "People's Government of Changsha Municipality", sources: [cite(DOC_000, '中国网络社会组织联合会、湖南省委网信办、长沙市人民政府主办')] }),
  government('长沙市网信办', {
    aliases: ['长沙网信办'],
    sources: [cite(DOC_000, '央视网、湖南卫视、长沙市网信办承办'), cite(DOC_003, '湖南长沙网信办联合市教育局集中约谈教育类网站及自媒体平台')],
  }),
  government('吉林省人民政府', { nameEn: "People's Government of Jilin Province", sources: [cite(DOC_000, '本届大会由国家互联网信息办公室、吉林省人民政府指导')] }),
  government('吉林省商务厅', { nameEn: 'Department of Commerce of Jilin Province', sources: [cite(DOC_000, '中国网络社会组织联合会、吉林省网信办、吉林省商务厅、长春市人民政府主办')] }),
  government('长春市人民政府', { nameEn: "People's Government of Changchun Municipality", sources: [cite(DOC_000, '中国网络社会组织联合会、吉林省网信办、吉林省商务厅、长春市人民政府主办')] }),

  // Every provincial cyberspace office of document 003 (31 provinces and the 兵团).
  ...seedProvincialOffices,

  // The federation's committees (document 000, 发展历史).
  ...FEDERATION_COMMITTEES.map(
    (c): SeedOrganization => ({
      nameZh: c.nameZh,
      ...(c.shortName ? { shortName: c.shortName } : {}),
      kind: 'committee',
      aliases: [],
      foundedOn: c.foundedOn,
      sources: [cite(DOC_000, c.quote)],
      ...(c.composedName
        ? {
            organizerAdded: ['nameZh'],
            notes: ['文献只写“中网联成立' + (c.shortName ?? '') + '”；全称按“中国网络社会组织联合会直播短视频专业委员会”的写法组成'],
          }
        : {}),
    }),
  ),

  // Document 001: the Zhejiang bodies that joined at the founding.
  ...ZHEJIANG_MEMBERS.map(
    ({ nameZh, quote }): SeedOrganization => ({
      nameZh,
      kind: 'social_organization',
      aliases: [],
      sources: [cite(DOC_001, ZJ_FIRST_MEMBERS_QUOTE), cite(DOC_001, quote)],
    }),
  ),

  // Document 002: the integrity alliance and its founders.
  {
    nameZh: '中国互联网协会网络诚信推进联盟',
    kind: 'alliance',
    aliases: ['中国互联网协会诚信推进联盟'],
    foundedOn: '2009-03-10',
    foundedInZh: '北京',
    sources: [
      cite(DOC_002, '2009年3月10日成立的联盟'),
      cite(DOC_002, ALLIANCE_SIX_QUOTE),
      cite(DOC_002, '“中国互联网协会诚信推进联盟”将以'),
    ],
  },
  {
    nameZh: '中国互联网协会',
    nameEn: 'Internet Society of China',
    kind: 'social_organization',
    aliases: [],
    sources: [cite(DOC_002, ALLIANCE_FIVE_QUOTE)],
  },
  ...['百度', '腾讯', '新浪', '搜狐', '网易'].map((nameZh): SeedOrganization => ({ nameZh, kind: 'enterprise', aliases: [], sources: [cite(DOC_002, ALLIANCE_FIVE_QUOTE)] })),
  { nameZh: '凤凰网', kind: 'enterprise', aliases: [], sources: [cite(DOC_002, ALLIANCE_SIX_QUOTE)] },
];
