import { PROGRAM_LABELS, TICKET_LABELS } from '../labels';
import { ProgramDocument, ProgramSession, ProgramSpeaker, TicketDocument } from '../program-document';

/**
 * Test documents. The edition, its theme and its organizations are those of the 2019 China
 * Internet Integrity Conference (seeds/data/editions.ts); the second day, the sessions and the
 * speakers other than 郭全啟 are made up to exercise the layout.
 */

export const LONG_TITLE =
  '分论坛一：互联网平台责任与数据治理——构建以信用为基础的新型监管机制，推动平台企业切实履行主体责任、依法保护个人信息与消费者合法权益';

export const CANCELLED_TITLE = '网络诚信主题沙龙（夜场）';

const people: ProgramSpeaker[] = [
  { name: '郭全啟', title: '中国网络社会组织联合会秘书处', role: '主持' },
  { name: '王建国', title: '西安交通大学网络空间安全学院教授', role: '主旨演讲' },
  { name: '李晓梅', title: '中国信息通信研究院互联网治理研究中心主任', role: '主旨演讲' },
  { name: '张伟', title: '某电子商务平台诚信建设负责人', role: '圆桌对话' },
  { name: '陈静', title: '北京师范大学新闻传播学院副教授', role: '圆桌对话' },
  { name: '刘洋', title: '陕西省信用协会副会长', role: '圆桌对话' },
  { name: '赵敏', title: '中国互联网发展基金会项目部', role: '发布' },
  { name: '欧阳振华', title: '某网络安全企业首席技术官', role: '圆桌对话' },
  { name: '孙丽', title: '西北政法大学法治学院院长', role: '点评' },
  { name: '周涛', title: '某短视频平台内容安全总监', role: '案例分享' },
  { name: 'Anna Müller', title: 'Digital Trust Institute, Berlin', role: 'Keynote' },
];

const take = (...indexes: number[]) => indexes.map((i) => people[i]);

function session(partial: Partial<ProgramSession> & Pick<ProgramSession, 'time' | 'kindLabel' | 'title'>): ProgramSession {
  return { hosts: [], speakers: [], cancelled: false, room: '西安曲江国际会议中心', ...partial };
}

const longDescription =
  '未成年人是网络空间的重要群体。本分论坛邀请监管部门、学术机构、互联网企业和家长代表，围绕未成年人网络保护、防沉迷机制、' +
  '网络素养教育和诚信文化培育等议题展开深入交流，发布未成年人网络保护倡议，并分享平台在青少年模式、内容审核和家校共育方面的实践经验。\n\n' +
  '与会嘉宾还将就如何以诚信建设为抓手，构建政府、学校、家庭、平台多方协同的未成年人网络保护体系提出建议。';

const day1: ProgramSession[] = [
  session({ time: '09:00–09:30', kindLabel: '开幕式', title: '2019中国网络诚信大会开幕式', room: '主会场', hosts: ['郭全啟'], speakers: take(1, 2) }),
  session({ time: '09:30–10:30', kindLabel: '主论坛', title: '网聚诚信力量 共创信用中国——主旨演讲', room: '主会场', hosts: ['郭全啟'], speakers: take(1, 2, 10) }),
  session({ time: '10:30–10:45', kindLabel: '茶歇', title: '茶歇', room: '主会场外廊' }),
  session({ time: '10:45–12:00', kindLabel: '发布活动', title: '《中国网络诚信发展报告2019》发布暨网络诚信十大案例揭晓', room: '主会场', speakers: take(6, 8) }),
  session({ time: '12:00–13:30', kindLabel: '茶歇', title: '午餐', room: '宴会厅' }),
  session({
    time: '14:00–17:30',
    kindLabel: '分论坛',
    title: LONG_TITLE,
    theme: '数据治理与平台责任',
    room: '第一会议室',
    hosts: ['郭全啟', '陈静'],
    speakers: take(1, 2, 3, 4, 5, 7, 8, 9, 10),
    description: '探讨平台经济中的信用监管与数据治理。',
  }),
  session({ time: '14:00–17:30', kindLabel: '分论坛', title: '分论坛二：电子商务诚信建设', room: '第二会议室', hosts: ['刘洋'], speakers: take(3, 5, 6, 9) }),
  session({ time: '14:00–17:00', kindLabel: '分论坛', title: '分论坛三：网络诚信与未成年人保护', room: '第三会议室', hosts: ['孙丽'], speakers: take(4, 8), description: longDescription }),
  session({ time: '14:00–16:00', kindLabel: '研讨会', title: '信用修复机制研讨会', room: '第四会议室', speakers: take(5, 8) }),
  session({ time: '14:00–16:00', kindLabel: '边会', title: '陕西数字经济诚信企业交流会', room: '第五会议室', hosts: ['刘洋'] }),
  session({ time: '16:00–17:00', kindLabel: '研讨会', title: '网络诚信评价指标体系专家研讨会', room: '第四会议室', speakers: take(2, 4, 7) }),
  session({ time: '09:00–18:00', kindLabel: '展览', title: '网络诚信建设成果展', room: '一层展厅', description: '集中展示各地网信部门和互联网企业的网络诚信建设成果。' }),
  session({ time: '19:00–20:30', kindLabel: '边会', title: CANCELLED_TITLE, room: '咖啡厅', hosts: ['陈静'], speakers: take(3, 9), cancelled: true }),
  session({ time: '17:30–18:00', kindLabel: '发布活动', title: '网络诚信宣传月活动启动仪式', room: '主会场', speakers: take(0, 6) }),
  session({ time: '18:00–19:00', kindLabel: '茶歇', title: '晚餐', room: '宴会厅' }),
];

const day2: ProgramSession[] = [
  session({ time: '09:00–10:30', kindLabel: '高峰论坛', title: '诚信中国高峰论坛：数字时代的信用体系建设', room: '主会场', hosts: ['郭全啟'], speakers: take(1, 2, 5, 10) }),
  session({ time: '10:30–10:45', kindLabel: '茶歇', title: '茶歇', room: '主会场外廊' }),
  session({ time: '10:45–12:00', kindLabel: '主论坛', title: '圆桌对话：平台企业的诚信责任', room: '主会场', hosts: ['陈静'], speakers: take(3, 7, 9) }),
  session({ time: '12:00–13:30', kindLabel: '茶歇', title: '午餐', room: '宴会厅' }),
  session({ time: '13:30–15:00', kindLabel: '分论坛', title: '分论坛四：网络诚信与社会治理', room: '第一会议室', hosts: ['刘洋'], speakers: take(1, 5, 8) }),
  session({ time: '13:30–15:00', kindLabel: '分论坛', title: '分论坛五：网络直播与短视频行业自律', room: '第二会议室', hosts: ['周涛'], speakers: take(3, 4, 9) }),
  session({ time: '13:30–15:00', kindLabel: '分论坛', title: '分论坛六：个人信息保护与数据安全', room: '第三会议室', hosts: ['王建国'], speakers: take(2, 7) }),
  session({ time: '15:00–16:30', kindLabel: '分论坛', title: '分论坛七：信用科技与区块链应用', room: '第一会议室', hosts: ['李晓梅'], speakers: take(7, 10) }),
  session({ time: '15:00–16:30', kindLabel: '研讨会', title: '网络诚信教育进校园研讨会', room: '第四会议室', speakers: take(4, 8) }),
  session({ time: '15:00–16:30', kindLabel: '边会', title: '“一带一路”数字丝绸之路诚信合作交流会', room: '第五会议室', speakers: take(10, 5) }),
  session({ time: '16:30–17:00', kindLabel: '发布活动', title: '网络诚信自律公约签署仪式', room: '主会场', hosts: ['郭全啟'] }),
  session({ time: '17:00–17:30', kindLabel: '主论坛', title: '闭幕式暨大会总结', room: '主会场', hosts: ['郭全啟'], speakers: take(1) }),
  session({ time: '09:00–17:00', kindLabel: '展览', title: '网络诚信建设成果展（续）', room: '一层展厅' }),
  session({ time: '待定', kindLabel: '边会', title: '媒体记者见面会', room: null }),
  session({ time: '19:00–20:30', kindLabel: '边会', title: '诚信之夜：网络正能量作品展映', room: '多功能厅' }),
];

export const ORGANIZATIONS_BY_ROLE: ProgramDocument['organizationsByRole'] = [
  {
    label: '指导单位',
    organizations: [
      { name: '国家网信办' },
      { name: '国家发展改革委' },
      { name: '商务部' },
      { name: '市场监管总局' },
      { name: '陕西省人民政府' },
    ],
  },
  { label: '主办单位', organizations: [{ name: '中国网络社会组织联合会' }, { name: '陕西省网信办' }] },
  { label: '承办单位', organizations: [{ name: '西安市人民政府' }] },
  { label: '支持单位', organizations: [{ name: '中国互联网发展基金会', tier: '战略支持' }, { name: '人民网', tier: '媒体支持' }] },
];

export function sampleProgram(overrides: Partial<ProgramDocument> = {}): ProgramDocument {
  return {
    lang: 'zh',
    size: 'A4',
    brandName: '中国网络诚信大会',
    title: '2019中国网络诚信大会',
    theme: '网聚诚信力量 共创信用中国',
    dates: '2019年12月2日—3日',
    city: '陕西西安',
    venue: '西安曲江国际会议中心',
    organizationsByRole: ORGANIZATIONS_BY_ROLE,
    days: [
      { label: '12月2日 星期一', sessions: day1 },
      { label: '12月3日 星期二', sessions: day2 },
    ],
    release: { version: 3, publishedAt: '2019年11月28日' },
    labels: PROGRAM_LABELS.zh,
    issuedAt: new Date('2019-11-28T02:00:00Z'),
    ...overrides,
  };
}

/** The same program with English labels, as the app would send for lang=en. */
export function sampleProgramEn(): ProgramDocument {
  return sampleProgram({
    lang: 'en',
    brandName: 'China Internet Integrity Conference',
    title: '2019 China Internet Integrity Conference',
    theme: 'Pooling the Power of Integrity, Building a Creditworthy China',
    dates: 'December 2–3, 2019',
    city: "Xi'an, Shaanxi",
    venue: 'Xi’an Qujiang International Conference Center',
    release: { version: 3, publishedAt: 'November 28, 2019' },
    labels: PROGRAM_LABELS.en,
  });
}

/** A big program: `sessions` sessions over five days, `speakers` distinct speakers in turn. */
export function largeProgram(sessions: number, speakers: number): ProgramDocument {
  const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
  const given = ['建国', '晓梅', '伟', '静', '洋', '敏', '振华', '丽', '涛', '全啟', '海燕', '志强'];
  const roster: ProgramSpeaker[] = Array.from({ length: speakers }, (_, i) => ({
    name: `${surnames[i % surnames.length]}${given[Math.floor(i / surnames.length) % given.length]}${i >= 240 ? i : ''}`,
    title: `第${(i % 40) + 1}研究院 研究员`,
    role: i % 3 ? '圆桌对话' : '主旨演讲',
  }));
  const perDay = Math.ceil(sessions / 5);
  let next = 0;
  const days = Array.from({ length: 5 }, (_, d) => ({
    label: `12月${d + 2}日`,
    sessions: Array.from({ length: Math.min(perDay, sessions - d * perDay) }, (_, s) => {
      const count = s % 10 === 0 ? 8 : 1 + (s % 3);
      const picked = Array.from({ length: count }, () => roster[next++ % roster.length]);
      return session({
        time: `${String(8 + (s % 10)).padStart(2, '0')}:00–${String(9 + (s % 10)).padStart(2, '0')}:00`,
        kindLabel: s % 10 === 0 ? '分论坛' : '研讨会',
        title: `第${d * perDay + s + 1}场 网络诚信建设专题研讨${s % 7 === 0 ? '：推动互联网平台履行主体责任、构建以信用为基础的新型监管机制' : ''}`,
        room: `第${(s % 6) + 1}会议室`,
        hosts: [roster[(s * 7) % roster.length].name],
        speakers: picked,
        cancelled: s % 37 === 5,
      });
    }),
  }));
  return sampleProgram({ days });
}

export function sampleTicket(overrides: Partial<TicketDocument> = {}): TicketDocument {
  return {
    lang: 'zh',
    size: 'A6',
    attendeeName: '郭全啟',
    editionTitle: '2019中国网络诚信大会',
    dates: '2019年12月2日—3日',
    venue: '西安曲江国际会议中心',
    code: 'HW7K-2Q9M',
    ticketUrl: 'https://huiwu.example.cn/t/HW7K-2Q9M?token=sample',
    sessions: [
      { time: '12月2日 09:00–09:30', title: '2019中国网络诚信大会开幕式', room: '主会场', status: '已报名' },
      { time: '12月2日 14:00–17:30', title: LONG_TITLE, room: '第一会议室', status: '已报名' },
      { time: '12月2日 19:00–20:30', title: CANCELLED_TITLE, room: '咖啡厅', status: '已取消' },
    ],
    labels: TICKET_LABELS.zh,
    issuedAt: new Date('2019-11-28T02:00:00Z'),
    ...overrides,
  };
}
