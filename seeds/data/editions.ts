import { cite, DOC_000, DOC_003, DOC_004 } from './documents';
import { seedEditionsOfOthers } from './editions-of-others';
import { SeedEdition } from './seed-types';

/**
 * The federation's own editions (品牌活动 of document 000), the 2025 civilization conference of
 * document 004, and (./editions-of-others.ts) the events others run in which the federation
 * hosts, organizes or co-organizes a forum.
 *
 * The 2025 China Internet Civilization Conference in Hefei, Anhui: document 004 (news of
 * 2025-06-10) says the 2025 national digital literacy month was launched there but gives no date
 * for the conference, so its dates are to be announced (null), never guessed.
 *
 * Conventions, so the data can be checked against the source:
 * - themeZh is copied character for character from document 000, spaces and em-dashes (——)
 *   included, except that the half-width comma the document's conversion put between Chinese
 *   clauses is printed as the full-width ， that Chinese text uses (the source quote is verbatim).
 * - Roles list organizations exactly as the edition's sentence writes them and in its order
 *   (中网联 in one place, 中国网络社会组织联合会 in another); ./organizations.ts resolves them.
 * - The documents give one date per edition, so startDate = endDate; sessions carry no times
 *   because none are given (listed under 时间待定).
 * - provinceZh is the province of the city as the province list of document 002 names it.
 * - venueZh is null throughout: no document names a venue.
 */


const federationEditions: SeedEdition[] = [
  // China Internet Civilization Conference
  {
    brand: 'civilization',
    year: 2021,
    ordinal: 1,
    titleZh: '首届中国网络文明大会',
    titleEn: '1st China Internet Civilization Conference',
    themeZh: '汇聚向上向善力量，携手建设网络文明',
    themeEn: 'Pooling the Strength of Upward and Good Forces, Jointly Building Internet Civilization',
    startDate: '2021-11-19',
    endDate: '2021-11-19',
    timeZone: 'Asia/Shanghai',
    cityZh: '北京',
    cityEn: 'Beijing',
    provinceZh: '北京市',
    venueZh: null,
    status: 'published',
    roles: {
      host: ['中央网信办', '中央文明办', '中共北京市委', '北京市人民政府'],
      organizer: ['中央网信办网络社会工作局', '北京市委网信办', '中国网络社会组织联合会'],
    },
    sessions: [
      {
        kind: 'sub_forum',
        titleZh: '平台经济诚信建设分论坛',
        titleEn: 'Sub-forum on Integrity Building in the Platform Economy',
        themeZh: '诚信点亮美好 文明照鉴未来',
        themeEn: 'Integrity Lights Up a Better Life, Civilization Illuminates the Future',
        descriptionZh: '中网联主办，组织与会嘉宾围绕主题为平台经济诚信建设建言献策。',
        date: '2021-11-19',
        roles: { host: ['中网联'] },
        sources: [cite(DOC_000, '在本届大会上,中网联主办平台经济诚信建设分论坛,组织与会嘉宾围绕“诚信点亮美好 文明照鉴未来”这一主题,为平台经济诚信建设建言献策。')],
      },
    ],
    sources: [cite(DOC_000, '2021年11月19日,以“汇聚向上向善力量,携手建设网络文明”为主题的首届中国网络文明大会在北京举办,习近平总书记致信祝贺。本届大会由中央网信办、中央文明办、中共北京市委、北京市人民政府共同主办,中央网信办网络社会工作局、北京市委网信办、中国网络社会组织联合会承办。')],
  },
  {
    brand: 'civilization',
    year: 2022,
    // The document titles it by year, not by number.
    ordinal: null,
    titleZh: '2022年中国网络文明大会',
    titleEn: '2022 China Internet Civilization Conference',
    themeZh: '弘扬时代新风 建设网络文明',
    themeEn: 'Promoting the New Ethos of the Times, Building Internet Civilization',
    startDate: '2022-08-28',
    endDate: '2022-08-28',
    timeZone: 'Asia/Shanghai',
    cityZh: '天津',
    cityEn: 'Tianjin',
    provinceZh: '天津市',
    venueZh: null,
    status: 'published',
    roles: {
      host: ['中央网信办', '中央文明办', '中共天津市委', '天津市人民政府'],
      organizer: ['中国网络社会组织联合会', '天津市委网信办'],
    },
    sessions: [
      {
        kind: 'summit',
        titleZh: '网络诚信建设高峰论坛',
        titleEn: 'Summit on Internet Integrity Building',
        themeZh: '诚筑文明、信助发展——携手共建网络诚信',
        themeEn:
          'Integrity Builds Civilization, Trust Fosters Development — Jointly Building Internet Integrity',
        descriptionZh:
          '中网联主办，组织与会嘉宾深入交流加强新时代网络诚信建设、助力网络文明发展的方法路径。',
        date: '2022-08-28',
        roles: { host: ['中网联'] },
        sources: [cite(DOC_000, '在本届大会上,中网联主办网络诚信建设高峰论坛,组织与会嘉宾围绕“诚筑文明、信助发展——携手共建网络诚信”主题,深入交流加强新时代网络诚信建设、助力网络文明发展的方法路径。')],
      },
    ],
    sources: [cite(DOC_000, '2022年8月28日,以“弘扬时代新风 建设网络文明”为主题的2022年中国网络文明大会在天津举办。本届大会由中央网信办、中央文明办、中共天津市委和天津市人民政府共同主办,由中国网络社会组织联合会和天津市委网信办共同承办。')],
  },

  // China Internet Integrity Conference: the document titles these by year, never by number.
  {
    brand: 'integrity',
    year: 2018,
    ordinal: null,
    titleZh: '2018中国网络诚信大会',
    titleEn: '2018 China Internet Integrity Conference',
    themeZh: '网络诚信 美好生活',
    themeEn: 'Internet Integrity, Better Life',
    startDate: '2018-12-10',
    endDate: '2018-12-10',
    timeZone: 'Asia/Shanghai',
    cityZh: '北京',
    cityEn: 'Beijing',
    provinceZh: '北京市',
    venueZh: null,
    status: 'published',
    roles: {
      guide: ['国家互联网信息办公室', '商务部', '国家市场监督管理总局'],
      host: ['中国网络社会组织联合会', '中国互联网发展基金会'],
      organizer: ['人民网', '人民视频'],
    },
    sessions: [],
    sources: [cite(DOC_000, '2018年12月10日,以“网络诚信 美好生活”为主题的2018中国网络诚信大会在北京举行。本次大会由国家互联网信息办公室、商务部、国家市场监督管理总局指导,中国网络社会组织联合会、中国互联网发展基金会联合主办,人民网、人民视频承办,旨在进一步凸显网络诚信理念,加强互联网行业自律,大力营造依法办网、诚信用网的网络环境。')],
  },
  {
    brand: 'integrity',
    year: 2019,
    ordinal: null,
    titleZh: '2019中国网络诚信大会',
    titleEn: '2019 China Internet Integrity Conference',
    themeZh: '网聚诚信力量 共创信用中国',
    themeEn: 'Gathering the Power of Integrity Online, Building a Creditworthy China Together',
    startDate: '2019-12-02',
    endDate: '2019-12-02',
    timeZone: 'Asia/Shanghai',
    cityZh: '西安',
    cityEn: "Xi'an",
    provinceZh: '陕西省',
    venueZh: null,
    status: 'published',
    roles: {
      guide: ['国家网信办', '国家发展改革委', '商务部', '市场监管总局', '陕西省人民政府'],
      host: ['中国网络社会组织联合会', '陕西省网信办'],
      organizer: ['西安市人民政府'],
    },
    sessions: [],
    sources: [cite(DOC_000, '2019年12月2日,以“网聚诚信力量 共创信用中国”为主题的2019中国网络诚信大会在陕西西安举行。本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、陕西省人民政府指导,中国网络社会组织联合会和陕西省网信办共同主办,西安市人民政府承办。')],
  },
  {
    brand: 'integrity',
    year: 2020,
    ordinal: null,
    titleZh: '2020中国网络诚信大会',
    titleEn: '2020 China Internet Integrity Conference',
    themeZh: '守信互信 共践共行——携手推进网络诚信建设',
    themeEn:
      'Keeping Faith and Trusting One Another, Practising and Acting Together — Jointly Advancing Internet Integrity Building',
    startDate: '2020-12-07',
    endDate: '2020-12-07',
    timeZone: 'Asia/Shanghai',
    cityZh: '曲阜',
    cityEn: 'Qufu',
    provinceZh: '山东省',
    venueZh: null,
    status: 'published',
    roles: {
      guide: ['国家网信办', '国家发展改革委', '商务部', '市场监管总局', '山东省人民政府'],
      host: ['中国网络社会组织联合会', '山东省网信办'],
      organizer: ['济宁市人民政府', '央视网'],
    },
    sessions: [],
    sources: [cite(DOC_000, '2020年12月7日,以“守信互信 共践共行——携手推进网络诚信建设”为主题的2020中国网络诚信大会在山东曲阜举行。本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、山东省人民政府指导,中国网络社会组织联合会、山东省网信办主办,济宁市人民政府、央视网承办。')],
  },
  {
    brand: 'integrity',
    year: 2021,
    ordinal: null,
    titleZh: '2021中国网络诚信大会',
    titleEn: '2021 China Internet Integrity Conference',
    themeZh: '诚聚力量 信赢发展——共建网络诚信新时代',
    themeEn:
      'Integrity Gathers Strength, Trust Wins Development — Jointly Building a New Era of Internet Integrity',
    startDate: '2021-07-15',
    endDate: '2021-07-15',
    timeZone: 'Asia/Shanghai',
    cityZh: '长沙',
    cityEn: 'Changsha',
    provinceZh: '湖南省',
    venueZh: null,
    status: 'published',
    roles: {
      guide: ['国家网信办', '国家发展改革委', '商务部', '市场监管总局', '湖南省人民政府'],
      host: ['中国网络社会组织联合会', '湖南省委网信办', '长沙市人民政府'],
      organizer: ['央视网', '湖南卫视', '长沙市网信办'],
    },
    sessions: [],
    sources: [cite(DOC_000, '2021年7月15日,以“诚聚力量 信赢发展——共建网络诚信新时代”为主题的2021中国网络诚信大会在湖南省长沙市举行。本次大会由国家网信办、国家发展改革委、商务部、市场监管总局、湖南省人民政府指导,中国网络社会组织联合会、湖南省委网信办、长沙市人民政府主办,央视网、湖南卫视、长沙市网信办承办。')],
  },

  // China New E-commerce Conference
  {
    brand: 'new-ecommerce',
    year: 2021,
    ordinal: 1,
    titleZh: '首届中国新电商大会',
    titleEn: '1st China New E-commerce Conference',
    themeZh: '新经济 新业态 新发展',
    themeEn: 'New Economy, New Business Forms, New Development',
    startDate: '2021-10-09',
    endDate: '2021-10-09',
    timeZone: 'Asia/Shanghai',
    cityZh: '长春',
    cityEn: 'Changchun',
    provinceZh: '吉林省',
    venueZh: null,
    status: 'published',
    roles: {
      guide: ['国家互联网信息办公室', '吉林省人民政府'],
      host: ['中国网络社会组织联合会', '吉林省网信办', '吉林省商务厅', '长春市人民政府'],
    },
    sessions: [],
    sources: [cite(DOC_000, '2021年10月9日,以“新经济 新业态 新发展”为主题的首届中国新电商大会在吉林长春举行。本届大会由国家互联网信息办公室、吉林省人民政府指导,中国网络社会组织联合会、吉林省网信办、吉林省商务厅、长春市人民政府主办,旨在培育壮大电子商务和直播经济等新业态、新模式,打造高质量发展新的经济增长点增长极,推动数字经济高质量发展。'), cite(DOC_003, '首届中国新电商大会将于10月9日在吉林长春举办')],
  },
  {
    brand: 'new-ecommerce',
    year: 2022,
    ordinal: 2,
    titleZh: '第二届中国新电商大会',
    titleEn: '2nd China New E-commerce Conference',
    themeZh: '推动新电商 促进新消费 助力新发展',
    themeEn: 'Advancing New E-commerce, Promoting New Consumption, Boosting New Development',
    startDate: '2022-07-29',
    endDate: '2022-07-29',
    timeZone: 'Asia/Shanghai',
    cityZh: '长春',
    cityEn: 'Changchun',
    provinceZh: '吉林省',
    venueZh: null,
    status: 'published',
    roles: {
      guide: ['国家互联网信息办公室', '商务部', '吉林省人民政府'],
      host: ['中国网络社会组织联合会', '吉林省互联网信息办公室', '吉林省商务厅', '长春市人民政府'],
    },
    sessions: [],
    sources: [cite(DOC_000, '2022年7月29日,以“推动新电商 促进新消费 助力新发展”为主题的第二届中国新电商大会在吉林长春举行。本届大会由国家互联网信息办公室、商务部、吉林省人民政府指导,中国网络社会组织联合会、吉林省互联网信息办公室、吉林省商务厅、长春市人民政府主办,旨在发挥新电商联通线上线下、城市乡村、国内国际的优势,助力复工复产和经济社会平稳健康发展。')],
  },
  {
    // Known only from the federation's history: the opening-ceremony date and the committee
    // launched there. Theme, city and roles are not in the documents, so they stay empty rather
    // than being carried over from the earlier Changchun editions.
    brand: 'new-ecommerce',
    year: 2023,
    ordinal: 3,
    titleZh: '第三届中国新电商大会',
    titleEn: '3rd China New E-commerce Conference',
    themeZh: null,
    themeEn: null,
    startDate: '2023-10-13',
    endDate: '2023-10-13',
    timeZone: 'Asia/Shanghai',
    cityZh: null,
    cityEn: null,
    provinceZh: null,
    venueZh: null,
    status: 'published',
    roles: {},
    sessions: [
      {
        kind: 'opening_ceremony',
        titleZh: '第三届中国新电商大会开幕式',
        titleEn: 'Opening Ceremony of the 3rd China New E-commerce Conference',
        descriptionZh: '中国网络社会组织联合会直播短视频专业委员会在开幕式上正式揭牌成立。',
        date: '2023-10-13',
        roles: {},
        sources: [cite(DOC_000, '2023年10月13日,中国网络社会组织联合会直播短视频专业委员会在第三届中国新电商大会开幕式上正式揭牌成立。')],
      },
    ],
    sources: [cite(DOC_000, '2023年10月13日,中国网络社会组织联合会直播短视频专业委员会在第三届中国新电商大会开幕式上正式揭牌成立。')],
  },
  {
    brand: 'civilization',
    year: 2025,
    ordinal: null,
    // Document 004 gives the name in English only; the Chinese title follows the 2022 edition's.
    titleZh: '2025年中国网络文明大会',
    titleEn: '2025 China Internet Civilization Conference',
    themeZh: null,
    themeEn: null,
    startDate: null,
    endDate: null,
    timeZone: 'Asia/Shanghai',
    cityZh: '合肥',
    cityEn: 'Hefei',
    provinceZh: '安徽省',
    venueZh: null,
    status: 'published',
    roles: {},
    sessions: [
      {
        kind: 'launch_event',
        titleZh: '2025年全民数字素养与技能提升月启动',
        titleEn: 'Launch of the 2025 National Digital Literacy and Skills Improvement Month',
        themeEn: 'Digital Intelligence Empowerment, Shared by All',
        roles: {},
        sources: [
          cite(DOC_004, '2025年全民数字素养与技能提升月启动'),
          cite(DOC_004, 'The 2025 National Digital Literacy and Skills Improvement Month was launched at the 2025 China Internet Civilization Conference held in Hefei, Anhui'),
          cite(DOC_004, 'The theme of the improvement month is "Digital Intelligence Empowerment, Shared by All,"'),
        ],
      },
    ],
    sources: [cite(DOC_004, 'The 2025 National Digital Literacy and Skills Improvement Month was launched at the 2025 China Internet Civilization Conference held in Hefei, Anhui')],
    organizerAdded: ['titleZh'],
  },
];

export const seedEditions: SeedEdition[] = [...federationEditions, ...seedEditionsOfOthers];
