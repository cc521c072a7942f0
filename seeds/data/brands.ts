import { SeedBrand } from './seed-types';

/**
 * The three conference series listed under 品牌活动 in document 000. The descriptions paraphrase
 * that section closely, so that nothing is claimed the documents do not say.
 */

const DOC_000 = '000_7401ad9edb3da1ac.txt';

export const seedBrands: SeedBrand[] = [
  {
    slug: 'civilization',
    nameZh: '中国网络文明大会',
    nameEn: 'China Internet Civilization Conference',
    descriptionZh:
      '由中央网信办、中央文明办与举办地党委、政府共同主办的全国性网络文明大会，首届于2021年11月在北京举办，习近平总书记致信祝贺。中国网络社会组织联合会参与承办，并在大会期间主办网络诚信主题论坛。',
    source: `${DOC_000}, 品牌活动: 中国网络文明大会`,
  },
  {
    slug: 'integrity',
    nameZh: '中国网络诚信大会',
    nameEn: 'China Internet Integrity Conference',
    descriptionZh:
      '中国网络社会组织联合会主办的年度大会，旨在进一步凸显网络诚信理念，加强互联网行业自律，大力营造依法办网、诚信用网的网络环境。',
    source: `${DOC_000}, 品牌活动: 中国网络诚信大会`,
  },
  {
    slug: 'new-ecommerce',
    nameZh: '中国新电商大会',
    nameEn: 'China New E-commerce Conference',
    descriptionZh:
      '中国网络社会组织联合会与吉林省、长春市有关部门共同主办的年度大会，首届、第二届均在吉林长春举行，旨在培育壮大电子商务和直播经济等新业态、新模式，推动数字经济高质量发展。',
    source: `${DOC_000}, 品牌活动: 中国新电商大会`,
  },
];
