import { cite, DOC_000, DOC_003 } from './documents';
import { Citation, SeedEdition, SeedRole, SeedSession, SeedSessionKind } from './seed-types';

/**
 * The federation's forums inside events that other bodies run (参与主办或承办的品牌活动 of
 * document 000): each event is a brand run by others, each year's event an edition whose hosts
 * the documents do not name, and the federation's part is its role in one session (主办 a
 * sub-forum, 承办 a forum, 协办 a sub-forum) or, for the expo and the seminars it hosts, in the
 * edition itself.
 *
 * Dates and places only where a document gives them (document 003 for the 2021 cybersecurity week
 * and the 2021 Wuzhen summit); every other edition's dates are to be announced (null). Where the
 * documents number an edition without a year (第三届数字中国建设峰会), the year is the organizer's,
 * marked in organizerAdded. Session titles are the forum names as the sentence gives them.
 */

const S = {
  mediaForum: '主办2018中国网络媒体论坛、2019中国网络媒体论坛、2020中国网络媒体论坛内容分论坛。',
  securityWeek:
    '主办2019国家网络安全宣传周“青少年日”主题论坛、2020年国家网络安全宣传周“青少年网络信息安全”主旨论坛、2021年国家网络安全宣传周青少年网络安全保护论坛、2022年国家网络安全宣传周青少年网络保护论坛。',
  digitalChina: '承办第三届数字中国建设峰会“数字福建”分论坛、第五届数字中国建设峰会跨越数字鸿沟:全民数字素养与数字乡村论坛、第六届数字中国建设峰会数字素养与技能分论坛。',
  wic: '协办第五届世界互联网大会“网络公益与扶贫:消除饥饿与贫困”“大数据时代个人信息保护论坛”分论坛、第六届世界互联网大会“产业数字化”“网络文化与青年”分论坛、2021年世界互联网大会乌镇峰会互联网+教育论坛、2022年世界互联网大会乌镇峰会弥合数字鸿沟论坛。',
  expo: '参与主办2018国际数字经济博览会,承办2019中国国际数字经济博览会、2021中国国际数字经济博览会、2022中国国际数字经济博览会。',
  seminars:
    '主办“清朗网络空间 伴你健康成长”2019未成年人网络保护研讨会、“E路护航·赋能成长”2021未成年人网络保护研讨会、“踔厉奋发谱新篇 E路护苗向未来”2022未成年人网络保护研讨会。',
  igf2019: '主办2019年联合国互联网治理论坛(IGF)“提高儿童数字素养以应对网络欺凌”研讨会',
  igf2020: '2020年联合国互联网治理论坛(IGF)“从儿童权利综合视角看网络游戏治理”“5G时代移动互联网对环境的影响”研讨会',
  igf2021:
    '2021年联合国互联网治理论坛(IGF)《人工智能为儿童——面向儿童群体的人工智能应用调研报告》发布活动、“构建有意义的个人信息收集和处理必要范围标准——人工智能应用下各国相关规则和实践为基础探讨”研讨会',
  igf2022: '2022年联合国互联网治理论坛(IGF)“人工智能为儿童典型案例和《基于人工智能技术的未成年人互联网应用建设指南》行业标准草案”发布与奖励会议。',
  intl2019: '2019年,主办中肯数字经济合作发展研讨会、中坦网络文化交流会、中巴互联网治理研讨会,承办中古互联网圆桌论坛。',
  intl2022: '2022年,主办联合国人权理事会第49届会议边会,承办2022年宋庆龄儿童发展国际论坛数字时代的儿童赋能与发展分论坛。',
  intl2023: '2023年,主办联合国妇女地位委员会第六十七届会议“缩小数字时代的性别差距:利用技术和创新推动亚太和非洲地区妇女经济赋权”主题边会。',
};

const FEDERATION = '中网联';

const session = (kind: SeedSessionKind, titleZh: string, role: SeedRole, sources: Citation[], extra: Partial<SeedSession> = {}): SeedSession => ({
  kind,
  titleZh,
  roles: { [role]: [FEDERATION] },
  sources,
  ...extra,
});

interface OthersEdition {
  brand: string;
  year: number;
  ordinal?: number;
  titleZh: string;
  titleEn: string;
  themeZh?: string;
  startDate?: string;
  endDate?: string;
  cityZh?: string;
  cityEn?: string;
  provinceZh?: string;
  /** The federation's role in the edition itself (参与主办 the 2018 expo, 主办 a seminar). */
  federationRole?: SeedRole;
  sessions?: SeedSession[];
  sources: Citation[];
  organizerAdded?: string[];
}

const edition = (e: OthersEdition): SeedEdition => ({
  brand: e.brand,
  year: e.year,
  ordinal: e.ordinal ?? null,
  titleZh: e.titleZh,
  titleEn: e.titleEn,
  themeZh: e.themeZh ?? null,
  themeEn: null,
  startDate: e.startDate ?? null,
  endDate: e.endDate ?? null,
  timeZone: 'Asia/Shanghai',
  cityZh: e.cityZh ?? null,
  cityEn: e.cityEn ?? null,
  provinceZh: e.provinceZh ?? null,
  venueZh: null,
  status: 'published',
  roles: e.federationRole ? { [e.federationRole]: [FEDERATION] } : {},
  sessions: e.sessions ?? [],
  sources: e.sources,
  ...(e.organizerAdded ? { organizerAdded: e.organizerAdded } : {}),
});

const media = cite(DOC_000, S.mediaForum);
const week = cite(DOC_000, S.securityWeek);
const digitalChina = cite(DOC_000, S.digitalChina);
const wic = cite(DOC_000, S.wic);
const expo = cite(DOC_000, S.expo);
const seminars = cite(DOC_000, S.seminars);

export const seedEditionsOfOthers: SeedEdition[] = [
  // 中国网络媒体论坛: the content sub-forum, 2018–2020.
  ...[2018, 2019, 2020].map((year) =>
    edition({
      brand: 'media-forum',
      year,
      titleZh: `${year}中国网络媒体论坛`,
      titleEn: `${year} China Internet Media Forum`,
      sessions: [
        session('sub_forum', '内容分论坛', 'host', [media], { titleEn: 'Content sub-forum' }),
        ...(year === 2020
          ? [
              {
                kind: 'opening_ceremony' as const,
                titleZh: '2020中国网络媒体论坛开幕式',
                titleEn: 'Opening ceremony of the 2020 China Internet Media Forum',
                roles: {},
                sources: [cite(DOC_003, '庄荣文在2020中国网络媒体论坛开幕式上的致辞全文')],
              },
            ]
          : []),
      ],
      sources: [media],
    }),
  ),

  // 国家网络安全宣传周: the youth forums, 2019–2022.
  edition({
    brand: 'cybersecurity-week',
    year: 2019,
    titleZh: '2019国家网络安全宣传周',
    titleEn: '2019 National Cybersecurity Awareness Week',
    sessions: [session('sub_forum', '“青少年日”主题论坛', 'host', [week], { titleEn: '“Youth Day” forum' })],
    sources: [week],
  }),
  edition({
    brand: 'cybersecurity-week',
    year: 2020,
    titleZh: '2020年国家网络安全宣传周',
    titleEn: '2020 National Cybersecurity Awareness Week',
    sessions: [session('sub_forum', '“青少年网络信息安全”主旨论坛', 'host', [week], { titleEn: '“Youth Online Information Security” keynote forum' })],
    sources: [week],
  }),
  edition({
    brand: 'cybersecurity-week',
    year: 2021,
    titleZh: '2021年国家网络安全宣传周',
    titleEn: '2021 National Cybersecurity Awareness Week',
    startDate: '2021-10-11',
    endDate: '2021-10-17',
    sessions: [session('sub_forum', '青少年网络安全保护论坛', 'host', [week], { titleEn: 'Forum on Youth Cybersecurity Protection' })],
    sources: [week, cite(DOC_003, '2021年国家网络安全宣传周将于10月11日至17日举行')],
  }),
  edition({
    brand: 'cybersecurity-week',
    year: 2022,
    titleZh: '2022年国家网络安全宣传周',
    titleEn: '2022 National Cybersecurity Awareness Week',
    sessions: [session('sub_forum', '青少年网络保护论坛', 'host', [week], { titleEn: 'Forum on Youth Online Protection' })],
    sources: [week],
  }),

  // 数字中国建设峰会: forums the federation ran (承办). The documents number these summits but give no year.
  edition({
    brand: 'digital-china-summit',
    year: 2020,
    ordinal: 3,
    titleZh: '第三届数字中国建设峰会',
    titleEn: '3rd Digital China Summit',
    sessions: [session('sub_forum', '“数字福建”分论坛', 'organizer', [digitalChina], { titleEn: '“Digital Fujian” sub-forum' })],
    sources: [digitalChina],
    organizerAdded: ['year'],
  }),
  edition({
    brand: 'digital-china-summit',
    year: 2022,
    ordinal: 5,
    titleZh: '第五届数字中国建设峰会',
    titleEn: '5th Digital China Summit',
    sessions: [
      session('sub_forum', '跨越数字鸿沟：全民数字素养与数字乡村论坛', 'organizer', [digitalChina], {
        titleEn: 'Bridging the Digital Divide: Digital Literacy for All and Digital Villages',
      }),
    ],
    sources: [digitalChina],
    organizerAdded: ['year'],
  }),
  edition({
    brand: 'digital-china-summit',
    year: 2023,
    ordinal: 6,
    titleZh: '第六届数字中国建设峰会',
    titleEn: '6th Digital China Summit',
    sessions: [session('sub_forum', '数字素养与技能分论坛', 'organizer', [digitalChina], { titleEn: 'Sub-forum on Digital Literacy and Skills' })],
    sources: [digitalChina],
    organizerAdded: ['year'],
  }),

  // 世界互联网大会 and its Wuzhen summits: sub-forums the federation co-organized (协办).
  edition({
    brand: 'world-internet-conference',
    year: 2018,
    ordinal: 5,
    titleZh: '第五届世界互联网大会',
    titleEn: '5th World Internet Conference',
    sessions: [
      session('sub_forum', '“网络公益与扶贫：消除饥饿与贫困”分论坛', 'co_organizer', [wic], { titleEn: '“Internet Philanthropy and Poverty Alleviation: Ending Hunger and Poverty”' }),
      session('sub_forum', '“大数据时代个人信息保护论坛”分论坛', 'co_organizer', [wic], { titleEn: '“Personal Information Protection in the Big Data Era”' }),
    ],
    sources: [wic],
    organizerAdded: ['year'],
  }),
  edition({
    brand: 'world-internet-conference',
    year: 2019,
    ordinal: 6,
    titleZh: '第六届世界互联网大会',
    titleEn: '6th World Internet Conference',
    sessions: [
      session('sub_forum', '“产业数字化”分论坛', 'co_organizer', [wic], { titleEn: '“Industrial Digitalization” sub-forum' }),
      session('sub_forum', '“网络文化与青年”分论坛', 'co_organizer', [wic], { titleEn: '“Internet Culture and Youth” sub-forum' }),
    ],
    sources: [wic],
    organizerAdded: ['year'],
  }),
  edition({
    brand: 'world-internet-conference',
    year: 2021,
    titleZh: '2021年世界互联网大会乌镇峰会',
    titleEn: '2021 World Internet Conference Wuzhen Summit',
    startDate: '2021-09-26',
    endDate: '2021-09-28',
    cityZh: '乌镇',
    cityEn: 'Wuzhen',
    provinceZh: '浙江省',
    sessions: [session('sub_forum', '互联网+教育论坛', 'co_organizer', [wic], { titleEn: 'Internet + Education Forum' })],
    sources: [wic, cite(DOC_003, '2021年世界互联网大会乌镇峰会将于9月26日至28日在浙江乌镇召开')],
  }),
  edition({
    brand: 'world-internet-conference',
    year: 2022,
    titleZh: '2022年世界互联网大会乌镇峰会',
    titleEn: '2022 World Internet Conference Wuzhen Summit',
    cityZh: '乌镇',
    cityEn: 'Wuzhen',
    sessions: [session('sub_forum', '弥合数字鸿沟论坛', 'co_organizer', [wic], { titleEn: 'Forum on Bridging the Digital Divide' })],
    sources: [wic],
  }),

  // 中国国际数字经济博览会: co-hosted in 2018, run (承办) in 2019, 2021 and 2022.
  edition({ brand: 'digital-economy-expo', year: 2018, titleZh: '2018国际数字经济博览会', titleEn: '2018 International Digital Economy Expo', federationRole: 'host', sources: [expo] }),
  ...[2019, 2021, 2022].map((year) =>
    edition({
      brand: 'digital-economy-expo',
      year,
      titleZh: `${year}中国国际数字经济博览会`,
      titleEn: `${year} China International Digital Economy Expo`,
      federationRole: 'organizer',
      sources: [expo],
    }),
  ),

  // 未成年人网络保护研讨会: the seminars the federation hosts, each with its theme.
  ...(
    [
      [2019, '清朗网络空间 伴你健康成长'],
      [2021, 'E路护航·赋能成长'],
      [2022, '踔厉奋发谱新篇 E路护苗向未来'],
    ] as const
  ).map(([year, themeZh]) =>
    edition({
      brand: 'minor-protection-seminar',
      year,
      titleZh: `${year}未成年人网络保护研讨会`,
      titleEn: `${year} Seminar on the Online Protection of Minors`,
      themeZh,
      federationRole: 'host',
      sources: [seminars],
    }),
  ),

  // 联合国互联网治理论坛 (IGF): the federation's workshops and launches, 2019–2022.
  edition({
    brand: 'igf',
    year: 2019,
    titleZh: '2019年联合国互联网治理论坛(IGF)',
    titleEn: '2019 UN Internet Governance Forum (IGF)',
    sessions: [session('seminar', '“提高儿童数字素养以应对网络欺凌”研讨会', 'host', [cite(DOC_000, S.igf2019)], { titleEn: 'Improving children’s digital literacy to counter cyberbullying' })],
    sources: [cite(DOC_000, S.igf2019)],
  }),
  edition({
    brand: 'igf',
    year: 2020,
    titleZh: '2020年联合国互联网治理论坛(IGF)',
    titleEn: '2020 UN Internet Governance Forum (IGF)',
    sessions: [
      session('seminar', '“从儿童权利综合视角看网络游戏治理”研讨会', 'host', [cite(DOC_000, S.igf2020)], { titleEn: 'Online game governance from the comprehensive perspective of children’s rights' }),
      session('seminar', '“5G时代移动互联网对环境的影响”研讨会', 'host', [cite(DOC_000, S.igf2020)], { titleEn: 'The environmental impact of the mobile internet in the 5G era' }),
    ],
    sources: [cite(DOC_000, S.igf2020)],
  }),
  edition({
    brand: 'igf',
    year: 2021,
    titleZh: '2021年联合国互联网治理论坛(IGF)',
    titleEn: '2021 UN Internet Governance Forum (IGF)',
    sessions: [
      session('launch_event', '《人工智能为儿童——面向儿童群体的人工智能应用调研报告》发布活动', 'host', [cite(DOC_000, S.igf2021)], {
        titleEn: 'Launch of the report “AI for Children: a survey of AI applications for children”',
      }),
      session('seminar', '“构建有意义的个人信息收集和处理必要范围标准——人工智能应用下各国相关规则和实践为基础探讨”研讨会', 'host', [cite(DOC_000, S.igf2021)], {
        titleEn: 'Building meaningful standards for the necessary scope of personal information collection and processing',
      }),
    ],
    sources: [cite(DOC_000, S.igf2021)],
  }),
  edition({
    brand: 'igf',
    year: 2022,
    titleZh: '2022年联合国互联网治理论坛(IGF)',
    titleEn: '2022 UN Internet Governance Forum (IGF)',
    sessions: [
      session('launch_event', '“人工智能为儿童典型案例和《基于人工智能技术的未成年人互联网应用建设指南》行业标准草案”发布与奖励会议', 'host', [cite(DOC_000, S.igf2022)], {
        titleEn: 'Launch and awards: AI for Children cases and the draft industry standard on AI-based internet applications for minors',
      }),
    ],
    sources: [cite(DOC_000, S.igf2022)],
  }),

  // Other international events (其他国际活动).
  edition({ brand: 'china-kenya-digital-economy-seminar', year: 2019, titleZh: '中肯数字经济合作发展研讨会', titleEn: 'China–Kenya Seminar on Digital Economy Cooperation and Development', federationRole: 'host', sources: [cite(DOC_000, S.intl2019)] }),
  edition({ brand: 'china-tanzania-internet-culture-exchange', year: 2019, titleZh: '中坦网络文化交流会', titleEn: 'China–Tanzania Internet Culture Exchange', federationRole: 'host', sources: [cite(DOC_000, S.intl2019)] }),
  edition({ brand: 'zhongba-internet-governance-seminar', year: 2019, titleZh: '中巴互联网治理研讨会', titleEn: 'Zhong–Ba Internet Governance Seminar', federationRole: 'host', sources: [cite(DOC_000, S.intl2019)] }),
  edition({ brand: 'china-cuba-internet-roundtable', year: 2019, titleZh: '中古互联网圆桌论坛', titleEn: 'China–Cuba Internet Roundtable', federationRole: 'organizer', sources: [cite(DOC_000, S.intl2019)] }),
  edition({
    brand: 'un-human-rights-council',
    year: 2022,
    ordinal: 49,
    titleZh: '联合国人权理事会第49届会议',
    titleEn: '49th session of the UN Human Rights Council',
    sessions: [session('side_event', '联合国人权理事会第49届会议边会', 'host', [cite(DOC_000, S.intl2022)], { titleEn: 'Side event at the 49th session of the UN Human Rights Council' })],
    sources: [cite(DOC_000, S.intl2022)],
  }),
  edition({
    brand: 'soong-ching-ling-children-forum',
    year: 2022,
    titleZh: '2022年宋庆龄儿童发展国际论坛',
    titleEn: '2022 Soong Ching Ling International Forum on Children’s Development',
    sessions: [session('sub_forum', '数字时代的儿童赋能与发展分论坛', 'organizer', [cite(DOC_000, S.intl2022)], { titleEn: 'Sub-forum on children’s empowerment and development in the digital age' })],
    sources: [cite(DOC_000, S.intl2022)],
  }),
  edition({
    brand: 'un-commission-on-the-status-of-women',
    year: 2023,
    ordinal: 67,
    titleZh: '联合国妇女地位委员会第六十七届会议',
    titleEn: '67th session of the UN Commission on the Status of Women',
    sessions: [
      session('side_event', '“缩小数字时代的性别差距：利用技术和创新推动亚太和非洲地区妇女经济赋权”主题边会', 'host', [cite(DOC_000, S.intl2023)], {
        titleEn: 'Side event: closing the gender gap in the digital age — technology and innovation for women’s economic empowerment in Asia-Pacific and Africa',
      }),
    ],
    sources: [cite(DOC_000, S.intl2023)],
  }),
];
