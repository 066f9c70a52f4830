/**
 * Every word the dossier PDF prints itself, in English and Chinese. Kept here rather than borrowed from
 * the renderer's i18n: the core never imports the UI, and a dossier is read by a third party, so its
 * wording is chosen for a regulator or a police officer rather than for the app's buttons.
 *
 * Punctuation in the English strings is ASCII (' - ...): Noto Sans SC draws curly quotes, dashes and the
 * ellipsis as full-width CJK glyphs, which look like gaps in English text.
 *
 * 'both' prints each label as "English / 中文" and each sentence as two paragraphs, English first: the
 * user's own text is not translated, so side-by-side columns would leave one column mostly empty.
 */
import type { DossierLanguage } from '../../../../shared/dossier';
import type { Author, CapturedAtSource, ChannelKind, TicketCategory, TicketStatus } from '../../../../shared/domain';
import type { EscalationLevel, VenueKind } from '../../../../shared/followUp';

export interface Bi {
  en: string;
  zh: string;
}

export const LABELS = {
  docTitle: { en: 'Complaint dossier', zh: '投诉档案' },
  docContinued: { en: 'Complaint dossier (continued)', zh: '投诉档案（续）' },
  headerTicket: { en: 'Ticket', zh: '工单' },
  headerExported: { en: 'exported', zh: '导出于' },
  page: { en: 'Page {n} of {total}', zh: '第{n}页，共{total}页' },
  notGiven: { en: 'not given', zh: '未填写' },
  none: { en: 'none', zh: '无' },
  redacted: {
    en: 'Personal identifiers masked: e-mail addresses, phone numbers, the account UID, wallet addresses (all but the first 6 and last 4 characters) and the contact details above. Evidence files are not altered; transaction ids and SHA-256 hashes are shown in full.',
    zh: '已遮蔽个人身份信息：电子邮件地址、电话号码、账户 UID、钱包地址（仅保留前 6 位和后 4 位）以及上述联系方式。证据文件未作任何改动；交易哈希（txid）与 SHA-256 完整显示。',
  },
  madeBy: {
    en: "Made with Casefile {version} from the complainant's own records on {time}. The dossier ZIP carries the original evidence files, a manifest of their SHA-256 hashes and the fingerprint of the app's audit trail.",
    zh: '由维权档案 {version} 于 {time} 根据投诉人自己的记录生成。档案 ZIP 中附有原始证据文件、列明其 SHA-256 的清单以及应用审计记录的指纹。',
  },

  complainant: { en: 'Complainant', zh: '投诉人' },
  name: { en: 'Name', zh: '姓名' },
  contact: { en: 'Contact', zh: '联系方式' },
  country: { en: 'Country or region', zh: '国家或地区' },
  postalAddress: { en: 'Postal address', zh: '通信地址' },
  accountUid: { en: 'Account UID on the platform', zh: '平台账户 UID' },
  respondent: { en: 'Respondent', zh: '被投诉方' },
  platform: { en: 'Platform', zh: '平台' },
  legalEntity: { en: 'Legal entity', zh: '运营主体' },
  registrationNumber: { en: 'Registration or licence number', zh: '注册号或牌照号' },
  jurisdiction: { en: 'Jurisdiction', zh: '监管地' },
  website: { en: 'Website', zh: '网站' },
  dispute: { en: 'The dispute', zh: '争议事项' },
  ticket: { en: 'Casefile ticket', zh: '档案工单' },
  title: { en: 'Title', zh: '标题' },
  platformRefs: { en: 'Platform ticket numbers', zh: '平台工单号' },
  category: { en: 'Category', zh: '类别' },
  status: { en: 'Status', zh: '状态' },
  openedAt: { en: 'Opened', zh: '开始于' },
  amountInDispute: { en: 'Amount in dispute', zh: '争议金额' },
  fiatValue: { en: 'Fiat value (as stated by the complainant)', zh: '法币价值（投诉人申报）' },
  desiredOutcome: { en: 'Desired outcome', zh: '诉求' },
  summary: { en: 'Summary', zh: '事情经过' },

  timeline: { en: 'Timeline', zh: '时间线' },
  timelineIntro: {
    en: 'Everything recorded, in the order it happened (times in UTC). The full wording follows in the transcript.',
    zh: '按发生顺序列出的全部记录（时间为 UTC）。完整内容见后面的对话记录。',
  },
  timelineDay: { en: '{n} entries ({me} from the complainant, {agent} from the platform)', zh: '{n} 条记录（投诉人 {me} 条，平台 {agent} 条）' },
  timelineEvidenceDay: { en: '{n} evidence files added', zh: '添加证据文件 {n} 个' },
  escalation: { en: 'Escalation', zh: '升级' },
  evidenceAdded: { en: 'Evidence added', zh: '添加证据' },
  nothingRecorded: { en: 'Nothing recorded yet.', zh: '尚无任何记录。' },

  transcript: { en: 'Conversation transcript', zh: '对话记录' },
  transcriptIntro: {
    en: 'Each entry shows who wrote it, the channel, the local time where it happened with its time zone, and UTC. Characters the embedded font lacks (emoji, Arabic, Hebrew...) appear as empty boxes; the exact text is in transcript.html and transcript.txt of the dossier ZIP.',
    zh: '每条记录显示发送方、渠道、发生地的当地时间及时区，以及 UTC 时间。嵌入字体不含的字符（表情符号、阿拉伯文、希伯来文等）显示为空框；原文见档案 ZIP 中的 transcript.html 与 transcript.txt。',
  },
  transcriptPart: { en: 'Entries {from}-{to} of {total}.', zh: '第 {from}-{to} 条，共 {total} 条。' },
  transcriptContinues: { en: 'The transcript continues in the next part (entries {from}-{total}).', zh: '对话记录在下一部分继续（第 {from}-{total} 条）。' },
  noEntries: { en: 'No conversation entries recorded.', zh: '没有对话记录。' },
  edited: { en: 'edited (revision {n}); the earlier text is kept in the app', zh: '已编辑（第 {n} 版），原文保留在应用中' },
  call: { en: 'Phone call: number {number}, duration {duration}', zh: '电话：号码 {number}，时长 {duration}' },
  attached: { en: 'Evidence attached', zh: '所附证据' },
  flagged: { en: 'Flagged as possible impersonation', zh: '疑似冒充客服' },

  transactions: { en: 'Transactions', zh: '交易' },
  noTransactions: { en: 'No transactions recorded.', zh: '没有交易记录。' },
  amount: { en: 'Amount', zh: '金额' },
  network: { en: 'Network', zh: '网络' },
  txid: { en: 'Transaction id (txid)', zh: '交易哈希（txid）' },
  fromAddress: { en: 'From address', zh: '转出地址' },
  toAddress: { en: 'To address', zh: '转入地址' },
  orderId: { en: 'Order id', zh: '订单号' },
  time: { en: 'Time', zh: '时间' },
  explorer: { en: 'Block explorer', zh: '区块浏览器' },
  noExplorer: {
    en: 'No block explorer known for this network: look the txid up on an explorer for it.',
    zh: '未收录此网络的区块浏览器：请在该网络的浏览器中查询此交易哈希。',
  },
  noNetwork: { en: 'Network not given, so no explorer link.', zh: '未填写网络，无法提供浏览器链接。' },

  escalations: { en: 'Escalation history', zh: '升级记录' },
  noEscalations: { en: 'No escalations recorded.', zh: '没有升级记录。' },
  level: { en: 'Level', zh: '级别' },
  date: { en: 'Date', zh: '日期' },
  toWhom: { en: 'To', zh: '提交对象' },
  channel: { en: 'Channel', zh: '渠道' },
  reference: { en: 'Reference number', zh: '受理编号' },
  deadline: { en: 'Deadline', zh: '答复期限' },
  deadlinePassed: { en: 'passed without an answer', zh: '已过期，未获答复' },
  answer: { en: 'Answer', zh: '答复' },
  answeredAt: { en: 'Answered', zh: '答复时间' },
  notes: { en: 'Notes', zh: '备注' },

  metrics: { en: 'Response times', zh: '响应时间' },
  metricsIntro: {
    en: "A wait runs from a message of the complainant to the platform's next answer. Figures as of the export time.",
    zh: '等待时间指投诉人发出消息到平台下一次回复的时间。数据截至导出时间。',
  },
  firstResponse: { en: 'First answer from the platform', zh: '平台首次回复' },
  medianWait: { en: 'Median wait for an answer', zh: '等待回复的中位时间' },
  longestWait: { en: 'Longest wait for an answer', zh: '最长等待时间' },
  currentWait: { en: 'Current wait (latest message unanswered)', zh: '当前等待（最新消息尚未回复）' },
  agents: { en: 'Support agents involved', zh: '参与的客服人数' },
  unanswered: { en: 'Messages never answered', zh: '从未获回复的消息' },
  noAnswerYet: { en: 'no answer yet', zh: '尚无回复' },
  notWaiting: { en: 'not waiting', zh: '无' },
  rating: { en: "The complainant's rating of the support", zh: '投诉人对客服的评价' },
  attitude: { en: 'Attitude', zh: '服务态度' },
  problemSolving: { en: 'Problem solving', zh: '解决问题' },
  outOf5: { en: '{n} of 5', zh: '{n} 分（满分 5 分）' },
  lessons: { en: 'Notes', zh: '心得' },

  impersonation: { en: 'Suspected impersonation', zh: '疑似冒充客服' },
  impersonationIntro: {
    en: "Contacts and messages that Casefile's checks found may not come from the platform's real support.",
    zh: '经维权档案检查，以下联系方式与消息可能并非来自平台的真实客服。',
  },
  contacts: { en: 'Contacts', zh: '联系方式' },
  messages: { en: 'Messages', zh: '消息' },

  evidence: { en: 'Evidence index', zh: '证据索引' },
  evidenceIntro: {
    en: 'The SHA-256 of each file was computed when it was added. The original files are in the evidence folder of the dossier ZIP; a file whose SHA-256 matches is unaltered.',
    zh: '每个文件的 SHA-256 在添加时计算。原始文件位于档案 ZIP 的 evidence 文件夹；SHA-256 一致即表示文件未被改动。',
  },
  noEvidence: { en: 'No evidence files.', zh: '没有证据文件。' },
  fileType: { en: 'Type', zh: '类型' },
  size: { en: 'Size', zh: '大小' },
  bytes: { en: 'bytes', zh: '字节' },
  capturedAt: { en: 'Captured', zh: '截取/拍摄时间' },
  added: { en: 'Added', zh: '添加时间' },
  description: { en: 'Description', zh: '说明' },
  linkedEntry: { en: 'Attached to the entry of {time}', zh: '附于 {time} 的记录' },
  missing: {
    en: 'MISSING: the file was not in the vault at export time. Its recorded SHA-256 is shown.',
    zh: '缺失：导出时证据库中没有此文件。以下为其记录的 SHA-256。',
  },
  altered: {
    en: 'ALTERED: the file in the vault no longer matches its recorded SHA-256 (it was changed after it was added), so it is left out. Its recorded SHA-256 is shown.',
    zh: '已改动：证据库中的文件与记录的 SHA-256 不一致（添加后被改动过），因此未予收录。以下为其记录的 SHA-256。',
  },
  evidenceImages: { en: 'Evidence images', zh: '证据图片' },
  imagesLeftOut: { en: 'Images are not embedded in this PDF; the files are in the dossier ZIP.', zh: '本 PDF 未嵌入图片；文件见档案 ZIP。' },
  imageScaled: { en: 'scaled to fit; the original file has full resolution', zh: '已缩放；原始文件为完整分辨率' },
  notEmbeddedUndecodable: { en: 'not shown: the image could not be decoded (damaged, or a format this app cannot read)', zh: '未显示：无法解码此图片（已损坏，或为本应用无法读取的格式）' },
  notEmbeddedTooLarge: { en: 'not shown: the image is too large to embed', zh: '未显示：图片过大，无法嵌入' },

  declaration: { en: 'Declaration', zh: '声明' },
  declarationText: {
    en: 'I declare that the information in this dossier is true and complete to the best of my knowledge; that the conversation transcript reproduces what was written and said; and that the evidence files listed in the evidence index are the files I captured or received, unaltered, each identified by its SHA-256.',
    zh: '本人声明：本档案所载信息据本人所知真实、完整；对话记录如实反映了书面及口头沟通内容；证据索引所列证据文件均为本人截取或收到的原始文件，未经改动，并以各自的 SHA-256 标识。',
  },
  signature: { en: 'Signature', zh: '签名' },
  place: { en: 'Place', zh: '地点' },
} as const satisfies Record<string, Bi>;

export type LabelKey = keyof typeof LABELS;

const CATEGORY: Record<TicketCategory, Bi> = {
  deposit_not_credited: { en: 'Deposit not credited', zh: '充值未到账' },
  withdrawal_delayed: { en: 'Withdrawal delayed', zh: '提现延迟' },
  account_frozen: { en: 'Account frozen', zh: '账户被冻结' },
  kyc: { en: 'Identity verification (KYC)', zh: '身份认证（KYC）' },
  trade_problem: { en: 'Trade problem', zh: '交易问题' },
  fees: { en: 'Fees', zh: '手续费' },
  fraud: { en: 'Fraud or scam', zh: '欺诈或诈骗' },
  other: { en: 'Other', zh: '其他' },
};

const STATUS: Record<TicketStatus, Bi> = {
  open: { en: 'Open', zh: '处理中' },
  waiting_platform: { en: 'Waiting for the platform', zh: '等待平台' },
  waiting_me: { en: 'Waiting for the complainant', zh: '等待投诉人' },
  escalated: { en: 'Escalated', zh: '已升级' },
  complaint_filed: { en: 'Complaint filed', zh: '已投诉' },
  resolved: { en: 'Resolved', zh: '已解决' },
  closed: { en: 'Closed', zh: '已关闭' },
};

const AUTHOR: Record<Author, Bi> = {
  me: { en: 'Complainant', zh: '投诉人' },
  agent: { en: 'Platform support', zh: '平台客服' },
  system: { en: 'System message', zh: '系统消息' },
  note: { en: "Complainant's note", zh: '投诉人备注' },
};

const CHANNEL: Record<ChannelKind, Bi> = {
  live_chat: { en: 'live chat', zh: '在线客服' },
  email: { en: 'e-mail', zh: '电子邮件' },
  phone: { en: 'phone', zh: '电话' },
  social: { en: 'social media', zh: '社交媒体' },
  forum: { en: 'forum', zh: '论坛' },
  ticket_form: { en: 'ticket form', zh: '工单表单' },
};

const LEVEL: Record<EscalationLevel, Bi> = {
  frontline: { en: 'Front-line support', zh: '一线客服' },
  senior: { en: 'Senior support', zh: '高级客服' },
  management: { en: 'Management / complaints department', zh: '管理层或投诉部门' },
  third_party: { en: 'Outside body', zh: '外部机构' },
};

const VENUE: Record<VenueKind, Bi> = {
  regulator: { en: 'regulator', zh: '监管机构' },
  ombudsman: { en: 'ombudsman', zh: '申诉专员' },
  dispute_scheme: { en: 'dispute resolution scheme', zh: '纠纷调解机构' },
  consumer_body: { en: 'consumer protection body', zh: '消费者保护机构' },
  police: { en: 'police', zh: '警方' },
};

const CAPTURED_SOURCE: Record<CapturedAtSource, Bi> = {
  metadata: { en: "from the file's metadata", zh: '来自文件元数据' },
  file_time: { en: "from the file's date", zh: '来自文件日期' },
  added: { en: 'time it was added', zh: '即添加时间' },
};

export const VOCABULARY = { category: CATEGORY, status: STATUS, author: AUTHOR, channel: CHANNEL, level: LEVEL, venue: VENUE, capturedSource: CAPTURED_SOURCE };

/** Prints labels in the dossier's language(s). */
export class Wording {
  constructor(readonly language: DossierLanguage) {}

  /** A label: "English", "中文" or "English / 中文". A parameter given as Bi is filled in per language. */
  say(text: Bi, params: Params = {}): string {
    const en = fill(text.en, params, 'en');
    const zh = fill(text.zh, params, 'zh');
    if (this.language === 'en') return en;
    if (this.language === 'zh-CN') return zh;
    return en === zh ? en : `${en} / ${zh}`;
  }

  label(key: LabelKey, params?: Params): string {
    return this.say(LABELS[key], params);
  }

  /** A sentence or paragraph: one per language, English first, so neither is cut by a slash mid-sentence. */
  sentences(key: LabelKey, params: Params = {}): string[] {
    const { en, zh } = LABELS[key];
    if (this.language === 'en') return [fill(en, params, 'en')];
    if (this.language === 'zh-CN') return [fill(zh, params, 'zh')];
    return [fill(en, params, 'en'), fill(zh, params, 'zh')];
  }

  duration(seconds: number): string {
    return this.say(durationBi(seconds));
  }
}

/** "2 d 3 h 15 min" / "2天3小时15分钟"; under a minute: "<1 min" / "不足1分钟". */
export function durationBi(seconds: number): Bi {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return { en: '<1 min', zh: '不足1分钟' };
  const parts: [number, string, string][] = [
    [Math.floor(s / 86_400), ' d', '天'],
    [Math.floor((s % 86_400) / 3600), ' h', '小时'],
    [Math.floor((s % 3600) / 60), ' min', '分钟'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  return { en: shown.map(([n, en]) => `${n}${en}`).join(' '), zh: shown.map(([n, , zh]) => `${n}${zh}`).join('') };
}

type Params = Record<string, string | number | Bi>;

function fill(template: string, params: Params, language: keyof Bi): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'object' ? value[language] : String(value);
  });
}
