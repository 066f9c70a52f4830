/**
 * Visible names of the escalation ladder, playbook, letters and venues, per language. Written out here
 * (not imported from the app's i18n files) so a wrong or missing translation fails a test.
 */
export interface EscalationLabels {
  locale: string;
  details: string;
  ladder: string;
  ladderSteps: string;
  senior: string;
  currentStep: string;
  recordEscalation: string;
  step: string;
  toWhom: string;
  channel: string;
  email: string;
  reference: string;
  recordStep: string;
  addAnswer: RegExp;
  theirAnswer: string;
  saveAnswer: string;
  timeline: string;
  marker: string;
  escalated: string;
  nextStep: string;
  followUp: string;
  writeTheLetter: string;
  dismiss: string;
  dismissed: string;
  undo: string;
  nothing: string;
  writeLetter: string;
  lettersDialog: string;
  letterLanguage: string;
  english: string;
  chinese: string;
  template: string;
  letterText: string;
  missingNote: string;
  missingStart: string;
  accountUid: string;
  copyLetter: string;
  copied: string;
  saveTxt: string;
  editTemplates: string;
  templatesDialog: string;
  newTemplate: string;
  templateName: string;
  templateBody: string;
  saveTemplate: string;
  unknownPlaceholder: string;
  whereToComplain: string;
  venuesDialog: string;
  fos: string;
  fosWeeks: string;
  fosMonths: string;
  noLegalAdvice: string;
  noVenueWarning: string;
  amlWarning: string;
  yourCountry: string;
  saveCountry: string;
  countrySaved: string;
}

export const en: EscalationLabels = {
  locale: 'en-US',
  details: 'Ticket details',
  ladder: 'Escalation ladder',
  ladderSteps: 'Steps of the escalation ladder',
  senior: 'Senior support / supervisor',
  currentStep: 'Current step',
  recordEscalation: 'Record an escalation',
  step: 'Step',
  toWhom: 'To whom',
  channel: 'Channel',
  email: 'Email',
  reference: 'Reference number',
  recordStep: 'Record the step',
  addAnswer: /^Add their answer/,
  theirAnswer: 'Their answer',
  saveAnswer: 'Save their answer',
  timeline: 'Timeline',
  marker: 'Escalation · Senior support / supervisor',
  escalated: 'Escalated',
  nextStep: 'Next step',
  followUp: 'Follow up',
  writeTheLetter: 'Write the letter',
  dismiss: 'Dismiss',
  dismissed: 'Proposal dismissed.',
  undo: 'Undo',
  nothing: 'Nothing to do now.',
  writeLetter: 'Write a letter',
  lettersDialog: 'Write a letter',
  letterLanguage: 'Language',
  english: 'English',
  chinese: '中文',
  template: 'Template',
  letterText: 'Letter',
  missingNote: 'Missing facts',
  missingStart: 'Fill these before sending:',
  accountUid: 'account UID',
  copyLetter: 'Copy letter',
  copied: 'Copied',
  saveTxt: 'Save as .txt',
  editTemplates: 'Edit templates',
  templatesDialog: 'Letter templates',
  newTemplate: 'New template',
  templateName: 'Name',
  templateBody: 'Text',
  saveTemplate: 'Save template',
  unknownPlaceholder: 'Casefile has no value for {{acount_uid}}',
  whereToComplain: 'Where to complain',
  venuesDialog: 'Where to complain',
  fos: 'Financial Ombudsman Service (UK)',
  fosWeeks: 'The firm has 8 weeks from receiving your complaint to send its final response.',
  fosMonths: "You then have 6 months from the firm's final response to refer the complaint to the ombudsman.",
  noLegalAdvice: 'Casefile does not give legal advice.',
  noVenueWarning: 'No venue in the directory covers SC',
  amlWarning: 'Many crypto firms are registered in the UK only for anti-money-laundering rules',
  yourCountry: 'You live in',
  saveCountry: 'Save as my country',
  countrySaved: 'Saved to your profile.',
};

export const zh: EscalationLabels = {
  locale: 'zh-CN',
  details: '工单详情',
  ladder: '升级阶梯',
  ladderSteps: '投诉升级的各个阶段',
  senior: '高级客服 / 主管',
  currentStep: '当前阶段',
  recordEscalation: '记录一次升级',
  step: '阶段',
  toWhom: '联系对象',
  channel: '渠道',
  email: '电子邮件',
  reference: '参考编号',
  recordStep: '记录此阶段',
  addAnswer: /^添加对方答复/,
  theirAnswer: '对方答复',
  saveAnswer: '保存对方答复',
  timeline: '时间线',
  marker: '升级 · 高级客服 / 主管',
  escalated: '已升级',
  nextStep: '下一步',
  followUp: '跟进催办',
  writeTheLetter: '写这封信',
  dismiss: '忽略',
  dismissed: '已忽略此建议。',
  undo: '撤销',
  nothing: '目前无需操作。',
  writeLetter: '写信',
  lettersDialog: '写信',
  letterLanguage: '语言',
  english: 'English',
  chinese: '中文',
  template: '模板',
  letterText: '正文',
  missingNote: '缺少的信息',
  missingStart: '发送前请补全：',
  accountUid: '账户 UID',
  copyLetter: '复制信件',
  copied: '已复制',
  saveTxt: '另存为 .txt',
  editTemplates: '编辑模板',
  templatesDialog: '信件模板',
  newTemplate: '新建模板',
  templateName: '名称',
  templateBody: '正文',
  saveTemplate: '保存模板',
  unknownPlaceholder: 'Casefile 无法填写 {{acount_uid}}',
  whereToComplain: '投诉渠道',
  venuesDialog: '投诉渠道',
  fos: '英国金融申诉专员服务（Financial Ombudsman Service）',
  fosWeeks: '企业自收到投诉起有 8 周时间作出最终答复。',
  fosMonths: '之后您须在企业作出最终答复起 6 个月内把投诉提交给申诉专员。',
  noLegalAdvice: 'Casefile 不提供法律意见。',
  noVenueWarning: '目录中没有覆盖 SC 的投诉渠道',
  amlWarning: '许多加密货币公司在英国只是为反洗钱规则进行了登记',
  yourCountry: '你的居住地',
  saveCountry: '保存为我的居住地',
  countrySaved: '已保存到个人资料。',
};
