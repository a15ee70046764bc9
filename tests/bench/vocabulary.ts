import { pick } from './random';

/**
 * Words for the generated bulletins: real bulletin vocabulary first (so the benchmark queries mean
 * something and the commonest words are the ones real bulletins repeat), then words built from
 * common characters until there are a few thousand.
 */
const BULLETIN_WORDS = `科技 创新 发展 企业 推动 建设 平台 项目 技术 服务 产业 成果 转化 人才 研发 实施 加强 重点 工作 提升
能力 政策 支持 中心 重大 国家 体系 合作 示范 区域 资源 高质量 数字 经济 农业 科研 院所 高校 机构 领域 核心 关键 攻关
培育 孵化 园区 高新区 科技特派员 成果转化 新材料 稀土 能源 装备 制造 乳业 草业 生态 绿色 低碳 智能 信息化 大数据 人工智能
武创通 科创 治理 民营 营商 环境 融资 金融 基金 奖励 补贴 专利 知识产权 标准 质量 品牌 市场 主体 创业 就业 乡村 振兴
农牧业 实验室 工程 专家 院士 团队 队伍 机制 改革 试点 举措 成效 显著 积极 持续 深入 全面 加快 优化 完善 强化 落实 部署
推进 开展 组织 申报 认定 评价 考核 监督 管理 统筹 协同 融合 链条 创新链 产业链 资金链 人才链 四链融合 最后一公里 突围
揭榜挂帅 新型研发机构 技术合同 登记 交易 额度 增长 同比 累计 全年 全市 全省 全区 自治区 省级 市级 县级 基层 一线 企业家`
  .split(/\s+/)
  .filter(Boolean);

const COMMON_CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研信究群众深教验拉议技术规团兵转场治构建育容准积极华谈张据研龙阶层况布局环境保护示范创业园服务链条融汇智造网联数据算力储能氢光伏';

const GENERIC_WORDS = 40;

export interface Vocabulary {
  words: readonly string[];
  regions: readonly string[];
  columns: readonly string[];
  series: readonly string[];
}

export function buildVocabulary(size: number, random: () => number): Vocabulary {
  const words = [...BULLETIN_WORDS];
  const seen = new Set(words);
  const chars = Array.from(COMMON_CHARS);
  while (words.length < size) {
    const length = random() < 0.6 ? 2 : random() < 0.7 ? 3 : 4;
    let word = '';
    for (let i = 0; i < length; i++) word += pick(chars, random);
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  // The generic bulletin words lead (科技, 创新, 发展…); topic words (稀土, 科技特派员, 武创通) are
  // spread through the long tail, as in real bulletins, where a topic is in few articles.
  const generic = words.splice(0, GENERIC_WORDS);
  const topical = words.splice(0, BULLETIN_WORDS.length - GENERIC_WORDS);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [words[i], words[j]] = [words[j] as string, words[i] as string];
  }
  topical.forEach((word, i) => words.splice(Math.floor(((i + 1) * words.length) / (topical.length + 1)), 0, word));
  return { words: [...generic, ...words], regions: REGIONS, columns: COLUMNS, series: SERIES };
}

const REGIONS = `北京 上海 天津 重庆 内蒙古 安徽省六安市 湖北武汉 南京 南京市 武汉 广东深圳 浙江杭州 江苏苏州 四川成都 陕西西安 山东青岛
河南郑州 湖南长沙 福建厦门 辽宁大连 吉林长春 黑龙江哈尔滨 河北雄安 山西太原 江西南昌 广西南宁 云南昆明 贵州贵阳 甘肃兰州 青海西宁
宁夏银川 新疆乌鲁木齐 海南海口 呼和浩特 包头 鄂尔多斯 巴彦淖尔 合肥 芜湖 无锡 宁波 温州 佛山 东莞`
  .split(/\s+/)
  .filter(Boolean);

const COLUMNS = ['要闻', '基层动态', '经验交流', '政策解读', '科技前沿', '他山之石', '工作简讯'];
const SERIES = ['科技情报参考', '科技工作动态', '创新简报', '情报参考'];
