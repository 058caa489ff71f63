import { Weighted, type Random } from './random';

/**
 * Synthetic Chinese names for demo people and parties. Every name is drawn, none is a real person's.
 * Pinyin travels with each character so e-mail addresses can be built without a pinyin library.
 */
type Syllable = readonly [hanzi: string, pinyin: string];

// The commonest surnames, roughly by frequency (weights are relative, not census figures).
const SURNAMES = new Weighted<Syllable>([
  [['王', 'wang'], 72],
  [['李', 'li'], 70],
  [['张', 'zhang'], 68],
  [['刘', 'liu'], 55],
  [['陈', 'chen'], 44],
  [['杨', 'yang'], 33],
  [['赵', 'zhao'], 28],
  [['黄', 'huang'], 24],
  [['周', 'zhou'], 22],
  [['吴', 'wu'], 20],
  [['徐', 'xu'], 17],
  [['孙', 'sun'], 16],
  [['胡', 'hu'], 13],
  [['朱', 'zhu'], 12],
  [['高', 'gao'], 12],
  [['郭', 'guo'], 11],
  [['马', 'ma'], 11],
  [['何', 'he'], 9],
  [['罗', 'luo'], 8],
  [['梁', 'liang'], 7],
  [['宋', 'song'], 7],
  [['郑', 'zheng'], 7],
  [['韩', 'han'], 6],
  [['冯', 'feng'], 6],
  [['于', 'yu'], 6],
  [['董', 'dong'], 6],
  [['程', 'cheng'], 5],
  [['曹', 'cao'], 5],
  [['袁', 'yuan'], 5],
  [['邓', 'deng'], 5],
  [['许', 'xu'], 5],
  [['苏', 'su'], 4],
  [['吕', 'lv'], 4],
  [['魏', 'wei'], 4],
  [['贾', 'jia'], 4],
  [['丁', 'ding'], 4],
  [['薛', 'xue'], 3],
  [['闫', 'yan'], 3],
  [['杜', 'du'], 3],
  [['田', 'tian'], 3],
  [['任', 'ren'], 3],
  [['姜', 'jiang'], 3],
  [['范', 'fan'], 3],
  [['石', 'shi'], 3],
  [['白', 'bai'], 3],
  [['崔', 'cui'], 3],
  [['康', 'kang'], 2],
  [['孟', 'meng'], 2],
  [['侯', 'hou'], 2],
  [['武', 'wu'], 2],
  [['乔', 'qiao'], 2],
  [['郝', 'hao'], 2],
  [['云', 'yun'], 2],
  [['乌', 'wu'], 1],
  [['秦', 'qin'], 2],
]);

const GIVEN = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['洋', 'yang'],
  ['勇', 'yong'],
  ['艳', 'yan'],
  ['杰', 'jie'],
  ['娟', 'juan'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['平', 'ping'],
  ['刚', 'gang'],
  ['英', 'ying'],
  ['华', 'hua'],
  ['玉', 'yu'],
  ['兰', 'lan'],
  ['建', 'jian'],
  ['文', 'wen'],
  ['辉', 'hui'],
  ['鹏', 'peng'],
  ['宇', 'yu'],
  ['浩', 'hao'],
  ['凯', 'kai'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['慧', 'hui'],
  ['琳', 'lin'],
  ['晶', 'jing'],
  ['博', 'bo'],
  ['欣', 'xin'],
  ['佳', 'jia'],
  ['俊', 'jun'],
  ['鑫', 'xin'],
  ['海', 'hai'],
  ['斌', 'bin'],
  ['红', 'hong'],
  ['梅', 'mei'],
  ['燕', 'yan'],
  ['亮', 'liang'],
  ['峰', 'feng'],
  ['志', 'zhi'],
  ['国', 'guo'],
  ['振', 'zhen'],
  ['东', 'dong'],
  ['晓', 'xiao'],
  ['思', 'si'],
  ['雨', 'yu'],
  ['瑞', 'rui'],
  ['晨', 'chen'],
  ['阳', 'yang'],
  ['嘉', 'jia'],
  ['怡', 'yi'],
  ['旭', 'xu'],
  ['彤', 'tong'],
  ['颖', 'ying'],
  ['蕾', 'lei'],
  ['倩', 'qian'],
  ['春', 'chun'],
  ['宏', 'hong'],
  ['永', 'yong'],
  ['荣', 'rong'],
  ['成', 'cheng'],
  ['健', 'jian'],
  ['悦', 'yue'],
  ['丹', 'dan'],
  ['宁', 'ning'],
  ['璐', 'lu'],
  ['薇', 'wei'],
  ['坤', 'kun'],
  ['昊', 'hao'],
  ['然', 'ran'],
  ['萌', 'meng'],
  ['泽', 'ze'],
  ['轩', 'xuan'],
  ['帆', 'fan'],
] as const satisfies readonly Syllable[];

// Mongolian given names, used alone as many Mongolian people in Inner Mongolia are known.
const MONGOLIAN = [
  ['巴特尔', 'bateer'],
  ['乌日娜', 'wurina'],
  ['其其格', 'qiqige'],
  ['苏日娜', 'surina'],
  ['额尔敦', 'eerdun'],
  ['斯琴', 'siqin'],
  ['萨仁', 'saren'],
  ['那仁', 'naren'],
  ['阿拉坦', 'alatan'],
  ['宝音', 'baoyin'],
  ['图雅', 'tuya'],
  ['格日勒', 'gerile'],
  ['朝鲁', 'chaolu'],
  ['巴图', 'batu'],
  ['其木格', 'qimuge'],
  ['乌兰', 'wulan'],
] as const satisfies readonly Syllable[];

export interface PersonName {
  readonly name: string;
  /** Lower-case ASCII, for e-mail local parts. */
  readonly pinyin: string;
}

export function personName(random: Random): PersonName {
  if (random.chance(0.05)) {
    const [name, pinyin] = random.pick(MONGOLIAN);
    return { name, pinyin };
  }
  const [surname, surnamePinyin] = SURNAMES.draw(random);
  const first = random.pick(GIVEN);
  if (random.chance(0.3)) return { name: surname + first[0], pinyin: surnamePinyin + first[1] };
  const second = random.pick(GIVEN);
  return { name: surname + first[0] + second[0], pinyin: surnamePinyin + first[1] + second[1] };
}

// Words that make plausible, made-up company names (字号) and lines of business (行业).
const BRANDS = [
  '鑫达',
  '华晟',
  '瑞丰',
  '恒泰',
  '宏远',
  '金源',
  '正泰',
  '盛世',
  '天诚',
  '博远',
  '利通',
  '永兴',
  '嘉禾',
  '德润',
  '中科',
  '北方',
  '稀宝',
  '鹿城',
  '阴山',
  '草原',
  '黄河',
  '新元',
  '广聚',
  '同创',
  '兴业',
  '佳和',
  '众诚',
  '万隆',
];
const TRADES = [
  '稀土材料',
  '稀土新材料科技',
  '商贸',
  '建筑工程',
  '物业服务',
  '热力',
  '房地产开发',
  '机械制造',
  '新能源科技',
  '汽车销售服务',
  '餐饮管理',
  '物流',
  '装饰工程',
  '劳务派遣',
  '钢铁贸易',
  '电子科技',
  '建材',
  '供应链管理',
];

export function companyName(random: Random, city: string): string {
  return `${city}${random.pick(BRANDS)}${random.pick(TRADES)}${random.chance(0.8) ? '有限公司' : '有限责任公司'}`;
}

/** Lenders in credit cases: synthetic names in the form real banks and lenders use. */
export function lenderName(random: Random, city: string): string {
  const brand = random.pick(BRANDS);
  return random.pick([
    `${city}${brand}农村商业银行股份有限公司`,
    `${brand}银行股份有限公司${city}分行`,
    `${city}${brand}小额贷款有限公司`,
    `${brand}消费金融有限公司`,
  ]);
}

export function insurerName(random: Random, city: string): string {
  return `${random.pick(BRANDS)}财产保险股份有限公司${city}中心支公司`;
}
