import { cite, DOC_000 } from './documents';
import { SeedBrand } from './seed-types';

/**
 * The federation's three brands (品牌活动 of document 000) and the events others run in which it
 * takes part (参与主办或承办的品牌活动, 其他国际活动). Descriptions say only what the documents
 * say, with the sentences cited; the events of others get none, since the documents describe only
 * the federation's part in them. English names are the organizer's translations.
 */

const others = (slug: string, nameZh: string, nameEn: string, quote: string): SeedBrand => ({
  slug,
  nameZh,
  nameEn,
  descriptionZh: null,
  runBy: 'others',
  sources: [cite(DOC_000, quote)],
});

export const seedBrands: SeedBrand[] = [
  {
    slug: 'civilization',
    nameZh: '中国网络文明大会',
    nameEn: 'China Internet Civilization Conference',
    descriptionZh:
      '首届于2021年11月19日在北京举办，习近平总书记致信祝贺；2022年在天津举办。大会由中央网信办、中央文明办与举办地党委、政府共同主办，中国网络社会组织联合会承办，并在大会上主办网络诚信主题论坛。',
    runBy: 'federation',
    sources: [
      cite(DOC_000, '2021年11月19日,以“汇聚向上向善力量,携手建设网络文明”为主题的首届中国网络文明大会在北京举办,习近平总书记致信祝贺。'),
      cite(DOC_000, '2022年8月28日,以“弘扬时代新风 建设网络文明”为主题的2022年中国网络文明大会在天津举办。'),
    ],
  },
  {
    slug: 'integrity',
    nameZh: '中国网络诚信大会',
    nameEn: 'China Internet Integrity Conference',
    descriptionZh:
      '中国网络社会组织联合会主办的大会。2018中国网络诚信大会旨在进一步凸显网络诚信理念，加强互联网行业自律，大力营造依法办网、诚信用网的网络环境。',
    runBy: 'federation',
    sources: [cite(DOC_000, '旨在进一步凸显网络诚信理念,加强互联网行业自律,大力营造依法办网、诚信用网的网络环境。')],
  },
  {
    slug: 'new-ecommerce',
    nameZh: '中国新电商大会',
    nameEn: 'China New E-commerce Conference',
    descriptionZh:
      '中国网络社会组织联合会与吉林省、长春市有关部门共同主办，首届、第二届均在吉林长春举行。首届大会旨在培育壮大电子商务和直播经济等新业态、新模式，推动数字经济高质量发展。',
    runBy: 'federation',
    sources: [
      cite(DOC_000, '以“新经济 新业态 新发展”为主题的首届中国新电商大会在吉林长春举行'),
      cite(DOC_000, '以“推动新电商 促进新消费 助力新发展”为主题的第二届中国新电商大会在吉林长春举行'),
      cite(DOC_000, '旨在培育壮大电子商务和直播经济等新业态、新模式,打造高质量发展新的经济增长点增长极,推动数字经济高质量发展。'),
    ],
  },
  others('media-forum', '中国网络媒体论坛', 'China Internet Media Forum', '主办2018中国网络媒体论坛、2019中国网络媒体论坛、2020中国网络媒体论坛内容分论坛。'),
  others('cybersecurity-week', '国家网络安全宣传周', 'National Cybersecurity Awareness Week', '2.国家网络安全周'),
  others('digital-china-summit', '数字中国建设峰会', 'Digital China Summit', '3.数字中国建设峰会'),
  others('world-internet-conference', '世界互联网大会', 'World Internet Conference', '4.世界互联网大会'),
  others('digital-economy-expo', '中国国际数字经济博览会', 'China International Digital Economy Expo', '5.中国国际数字经济博览会'),
  others('minor-protection-seminar', '未成年人网络保护研讨会', 'Seminar on the Online Protection of Minors', '6.未成年人网络保护研讨会'),
  others('igf', '联合国互联网治理论坛(IGF)', 'UN Internet Governance Forum (IGF)', '7.联合国互联网治理论坛(IGF)'),
  others('china-kenya-digital-economy-seminar', '中肯数字经济合作发展研讨会', 'China–Kenya Seminar on Digital Economy Cooperation and Development', '2019年,主办中肯数字经济合作发展研讨会'),
  others('china-tanzania-internet-culture-exchange', '中坦网络文化交流会', 'China–Tanzania Internet Culture Exchange', '中坦网络文化交流会'),
  others('zhongba-internet-governance-seminar', '中巴互联网治理研讨会', 'Zhong–Ba Internet Governance Seminar', '中巴互联网治理研讨会'),
  others('china-cuba-internet-roundtable', '中古互联网圆桌论坛', 'China–Cuba Internet Roundtable', '承办中古互联网圆桌论坛'),
  others('un-human-rights-council', '联合国人权理事会', 'UN Human Rights Council', '主办联合国人权理事会第49届会议边会'),
  others('soong-ching-ling-children-forum', '宋庆龄儿童发展国际论坛', 'Soong Ching Ling International Forum on Children’s Development', '承办2022年宋庆龄儿童发展国际论坛数字时代的儿童赋能与发展分论坛'),
  others('un-commission-on-the-status-of-women', '联合国妇女地位委员会', 'UN Commission on the Status of Women', '主办联合国妇女地位委员会第六十七届会议'),
];
