import { cite, DOC_000, DOC_001, DOC_002 } from './documents';
import { ALLIANCE_QUOTES, FEDERATION_COMMITTEES, ZHEJIANG_MEMBERS, ZHEJIANG_QUOTES } from './organizations';
import { SeedRelation, SeedTier } from './seed-types';

/**
 * How the seeded bodies stand to each other: the federation's supervising authority (001), its
 * committees (000), its first Zhejiang members with their tiers (001), and the founders of the
 * integrity alliance (002), each with the sentence that says so.
 */

const FOUNDING_DAY = '2018-05-09';

const tierOf = (quote: string): SeedTier =>
  quote === ZHEJIANG_QUOTES.executive ? 'executive_council_member' : quote === ZHEJIANG_QUOTES.council ? 'council_member' : 'member';

const zhejiangMemberships: SeedRelation[] = ZHEJIANG_MEMBERS.map(({ nameZh, quote }) => ({
  organization: nameZh,
  relation: 'member_of',
  related: '中国网络社会组织联合会',
  tier: tierOf(quote),
  since: FOUNDING_DAY,
  sources: [
    cite(DOC_001, '中國網(wǎng)絡(luò)社會組織聯(lián)合會成立大會5月9日在京召開。'),
    cite(DOC_001, ZHEJIANG_QUOTES.first),
    cite(DOC_001, quote),
    // The one body the document lists under two tiers keeps the higher; both sentences are cited.
    ...(nameZh === '宁波市网络文化协会' ? [cite(DOC_001, ZHEJIANG_QUOTES.members)] : []),
  ],
  ...(nameZh === '宁波市网络文化协会'
    ? { notes: ['文献把寧波市網絡文化協會同时列为理事单位和会员单位（“3家单位任理事单位”与“16家单位任会员单位”各含一次），按较高的理事单位收录'] }
    : {}),
}));

const founders = (names: string[], quotes: string[], notes?: string[]): SeedRelation[] =>
  names.map((organization) => ({
    organization,
    relation: 'founder_of',
    related: '中国互联网协会网络诚信推进联盟',
    since: '2009-03-10',
    sources: quotes.map((quote) => cite(DOC_002, quote)),
    ...(notes ? { notes } : {}),
  }));

export const seedRelations: SeedRelation[] = [
  {
    organization: '中国网络社会组织联合会',
    relation: 'supervised_by',
    related: '国家网信办',
    since: FOUNDING_DAY,
    sources: [cite(DOC_001, '由10家全國性網(wǎng)絡(luò)社會組織發(fā)起成立,國家網(wǎng)信辦為業(yè)務(wù)主管單位')],
  },
  ...FEDERATION_COMMITTEES.map(
    (c): SeedRelation => ({ organization: c.nameZh, relation: 'committee_of', related: '中国网络社会组织联合会', since: c.foundedOn, sources: [cite(DOC_000, c.quote)] }),
  ),
  ...zhejiangMemberships,
  ...founders(['中国互联网协会', '百度', '腾讯', '新浪', '搜狐', '网易'], [ALLIANCE_QUOTES.five, ALLIANCE_QUOTES.six, ALLIANCE_QUOTES.fiveAgain]),
  // Only the 简介 sentence names 凤凰网 ("六家"); the opening and 意义和宗旨 name five companies.
  ...founders(['凤凰网'], [ALLIANCE_QUOTES.six], ['只有“简介”一句列凤凰网为发起单位（“六家共同发起成立”）；首段与“意义和宗旨”一节只列百度、腾讯、新浪、搜狐、网易五家企业']),
];
