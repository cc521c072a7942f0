import { cite, DOC_000, DOC_003 } from './documents';
import { Citation, SeedOrganization } from './seed-types';

/**
 * Every provincial cyberspace office: the 31 provinces and the 新疆生产建设兵团 that document 003
 * lists under 地方网信, so that a sub-forum's host can be picked rather than typed.
 *
 * The documents write one office several ways: 湖南省委网信办 (000) and 湖南省网信办 (003),
 * 吉林省网信办, 吉林省互联网信息办公室 (000) and 吉林省委网信办 (003), 山东网信办… These are
 * one body each. Each office is stored under its party-committee form (X省委网信办,
 * X自治区党委网信办) with the government form (X省网信办) and every other written form as
 * aliases; a form no document writes is marked as the organizer's (organizerAdded: nameZh, and
 * a note), so that nothing reads as sourced that is not.
 */

const PROVINCE_LIST_QUOTE =
  '北京市 天津市 河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 上海市 江苏省 浙江省 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 重庆市 四川省 贵州省 云南省 西藏自治区 陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区 新疆生产建设兵团';

interface Written {
  /** Null when the sentence names the office only by a form shared by every province (湖北省委宣传部、省委网信办). */
  name: string | null;
  source: Citation;
}

const w = (name: string | null, document: string, quote: string): Written => ({ name, source: cite(document, quote) });

/** Province → the forms the documents write, each with a sentence that writes it. */
const WRITTEN: [province: string, written: Written[]][] = [
  ['北京市', [w('北京市委网信办', DOC_000, '中央网信办网络社会工作局、北京市委网信办、中国网络社会组织联合会承办')]],
  [
    '天津市',
    [
      w('天津市委网信办', DOC_000, '由中国网络社会组织联合会和天津市委网信办共同承办'),
      w('天津市委网信办', DOC_003, '天津市委网信办、天津市大数据管理中心制定出台《规范市区两级政务数据共享流程和推进跨层级共享实施方案》'),
    ],
  ],
  ['河北省', [w('河北省委网信办', DOC_003, '河北省委网信办召开《河北省网络生态文明公约》优秀作品线上发布会')]],
  ['山西省', [w('山西省委网信办', DOC_003, '山西省委网信办举行党的知识网上竞答活动颁奖仪式')]],
  ['内蒙古自治区', [w('内蒙古自治区党委网信办', DOC_003, '内蒙古自治区党委网信办深入社区开展“我为群众办实事”活动')]],
  ['辽宁省', [w('辽宁省委网信办', DOC_003, '辽宁省委网信办举办“习近平法治思想”专题讲座')]],
  [
    '吉林省',
    [
      w('吉林省委网信办', DOC_003, '吉林省委网信办举办《中华人民共和国数据安全法》《关键信息基础设施安全保护条例》专题辅导培训活动'),
      w('吉林省网信办', DOC_000, '中国网络社会组织联合会、吉林省网信办、吉林省商务厅、长春市人民政府主办'),
      w('吉林省互联网信息办公室', DOC_000, '中国网络社会组织联合会、吉林省互联网信息办公室、吉林省商务厅、长春市人民政府主办'),
    ],
  ],
  [
    '黑龙江省',
    [
      w('黑龙江省委网信办', DOC_003, '黑龙江省委网信办召开黑龙江省“十四五”网信系列规划专题论证会'),
      w('黑龙江网信办', DOC_003, '黑龙江网信办启动“清朗·暑期未成年人网络环境整治”专项行动'),
    ],
  ],
  ['上海市', []],
  ['江苏省', []],
  ['浙江省', [w('浙江省委网信办', DOC_003, '浙江省委网信办召开数字化改革领导小组第七次专题会议')]],
  ['安徽省', [w('安徽省委网信办', DOC_003, '安徽省委网信办举行党史学习教育专题党课报告会')]],
  ['福建省', [w('福建省委网信办', DOC_003, '福建省委网信办多举措推进数字乡村建设工作')]],
  ['江西省', [w('江西省委网信办', DOC_003, '江西省委网信办召开党史学习教育动员大会')]],
  [
    '山东省',
    [
      w('山东省委网信办', DOC_003, '山东省委网信办举办学习贯彻习近平总书记“七一”重要讲话精神专题宣讲报告会'),
      w('山东省网信办', DOC_000, '中国网络社会组织联合会、山东省网信办主办'),
      w('山东网信办', DOC_003, '山东网信办根据网民举报依法查处13家违规网络直播营销网站'),
    ],
  ],
  [
    '河南省',
    [
      w('河南省委网信办', DOC_003, '河南省委网信办开展“知史爱党、当好‘三个表率’”专题党课'),
      w('河南网信办', DOC_003, '河南网信办开展“两优一先”表彰活动'),
    ],
  ],
  ['湖北省', [w(null, DOC_003, '湖北省委宣传部、省委网信办召开清廉机关建设推进会')]],
  [
    '湖南省',
    [
      w('湖南省委网信办', DOC_000, '中国网络社会组织联合会、湖南省委网信办、长沙市人民政府主办'),
      w('湖南省网信办', DOC_003, '湖南省网信办专题部署清朗·商业网站平台和“自媒体”违规采编发布财经类信息专项整治行动'),
    ],
  ],
  ['广东省', []],
  [
    '广西壮族自治区',
    [
      w('广西壮族自治区党委网信办', DOC_003, '广西壮族自治区党委网信办到富川县调研国家数字乡村试点建设工作'),
      w('广西网信办', DOC_003, '广西网信办举办党史知识竞赛'),
    ],
  ],
  [
    '海南省',
    [
      w('海南省委网信办', DOC_003, '海南省委网信办号召社会公众携手参与网络举报 齐心守护网络安全'),
      w('海南网信办', DOC_003, '海南网信办发布《关于对“加油海南”等7款App违法违规收集使用个人信息情况的通报》'),
    ],
  ],
  ['重庆市', [w('重庆市委网信办', DOC_003, '重庆市委网信办应急处党支部举行党史学习教育专题组织生活会')]],
  ['四川省', [w('四川省委网信办', DOC_003, '四川省委网信办开展社区“双报到”活动')]],
  ['贵州省', [w('贵州省委网信办', DOC_003, '贵州省委网信办统筹推进网上“扫黄打非”各项工作')]],
  ['云南省', []],
  [
    '西藏自治区',
    [
      w('西藏自治区党委网信办', DOC_003, '西藏自治区党委网信办积极组织开展党史学习教育'),
      w('西藏网信办', DOC_003, '西藏网信办开展“普法进校园”活动'),
    ],
  ],
  ['陕西省', [w('陕西省网信办', DOC_000, '中国网络社会组织联合会和陕西省网信办共同主办')]],
  [
    '甘肃省',
    [
      w('甘肃省委网信办', DOC_003, '甘肃省委网信办多措并举开展“我为群众办实事”实践活动'),
      w('甘肃网信办', DOC_003, '甘肃网信办召开党史学习教育动员大会'),
    ],
  ],
  [
    '青海省',
    [
      w('青海省委网信办', DOC_003, '青海省委网信办举办全省网络行政执法培训班'),
      w('青海网信办', DOC_003, '青海网信办重拳出击整治网络直播乱象'),
    ],
  ],
  ['宁夏回族自治区', [w('宁夏党委网信办', DOC_003, '宁夏党委网信办传达学习中央民族工作会议精神 部署贯彻落实工作')]],
  ['新疆维吾尔自治区', [w('新疆维吾尔自治区互联网信息办公室', DOC_003, '新疆维吾尔自治区互联网信息办公室等部门公开十五起网上违法违规行为典型案例')]],
  [
    '新疆生产建设兵团',
    [
      w('兵团党委网信办', DOC_003, '兵团党委网信办推动学习宣传贯彻习近平总书记“七一”重要讲话精神走深走实'),
      w('兵团网信办', DOC_003, '兵团网信办多措并举，积极开展“厉行节约 反对浪费”网络主题宣传'),
    ],
  ],
];

const isAutonomousRegion = (province: string) => province.endsWith('自治区');

/** The two forms every office is known by: the party committee's and the government's. */
export function standardForms(province: string): { committee: string; government: string } {
  if (province === '新疆生产建设兵团') return { committee: '新疆生产建设兵团党委网信办', government: '新疆生产建设兵团网信办' };
  return { committee: `${province}${isAutonomousRegion(province) ? '党委' : '委'}网信办`, government: `${province}网信办` };
}

export const PROVINCIAL_OFFICE_PROVINCES = WRITTEN.map(([province]) => province);

/** Each written form with the sentence that writes it, for the seed's checks. */
export const WRITTEN_OFFICE_NAMES = WRITTEN.flatMap(([, written]) => written.flatMap((x) => (x.name === null ? [] : [{ name: x.name, quote: x.source.quote }])));

export const seedProvincialOffices: SeedOrganization[] = WRITTEN.map(([province, written]) => {
  const { committee, government } = standardForms(province);
  const writtenNames = [...new Set(written.flatMap((x) => (x.name === null ? [] : [x.name])))];
  const aliases = [...new Set([government, ...writtenNames])].filter((name) => name !== committee);
  const unwritten = [committee, government].filter((name) => !writtenNames.includes(name));
  return {
    nameZh: committee,
    kind: 'government',
    aliases,
    sources: [cite(DOC_003, PROVINCE_LIST_QUOTE), ...written.map((x) => x.source)],
    notes: [
      `${province}的网信办；省委网信办与省网信办为同一机构的不同写法（文献000与003），收为一个单位`,
      ...(unwritten.length > 0 ? [`“${unwritten.join('”“')}”为整理者按此规则补全的写法，文献未见`] : []),
    ],
    ...(unwritten.includes(committee) ? { organizerAdded: ['nameZh'] } : {}),
  };
});
