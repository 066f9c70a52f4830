/**
 * The visible names the tests look for, per language. Written out here rather than imported from the
 * app's i18n files, so a wrong or missing translation fails a test instead of passing along with it.
 */
export interface Labels {
  locale: string;
  addFirstPlatform: string;
  addPlatformDialog: string;
  platformName: string;
  website: string;
  officialDomains: string;
  channel: string;
  channelEmail: string;
  address: string;
  whereFound: string;
  officialWebsite: string;
  verified: string;
  addPlatformSubmit: string;
  openTicketButton: string;
  openTicketDialog: string;
  ticketTitle: string;
  category: string;
  withdrawalDelayed: string;
  platformRef: string;
  asset: string;
  amount: string;
  network: string;
  txid: string;
  openTicketSubmit: string;
  timeline: string;
  message: string;
  me: string;
  agent: string;
  note: string;
  agentName: string;
  addEntry: string;
  attachEvidence: string;
  details: string;
  gallery: string;
  exportDossier: string;
  exportDialog: string;
  startExport: string;
  edit: string;
  editEntry: string;
  saveEdit: string;
  edited: RegExp;
  historyDialog: string;
  newTicket: string;
  language: string;
}

export const en: Labels = {
  locale: 'en-US',
  addFirstPlatform: 'Add the platform you are dealing with',
  addPlatformDialog: 'Add platform',
  platformName: 'Platform name',
  website: 'Website',
  officialDomains: 'Official domains',
  channel: 'Channel',
  channelEmail: 'Email',
  address: 'Address',
  whereFound: 'Where found',
  officialWebsite: 'Official website',
  verified: 'Verified as official',
  addPlatformSubmit: 'Add platform',
  openTicketButton: 'Open a ticket',
  openTicketDialog: 'Open a ticket',
  ticketTitle: 'Title',
  category: 'Category',
  withdrawalDelayed: 'Withdrawal delayed',
  platformRef: 'Platform reference number',
  asset: 'Asset',
  amount: 'Amount',
  network: 'Network',
  txid: 'Transaction ID (txid)',
  openTicketSubmit: 'Open ticket',
  timeline: 'Timeline',
  message: 'Message',
  me: 'Me',
  agent: 'Agent',
  note: 'Note',
  agentName: 'Agent name',
  addEntry: 'Add entry',
  attachEvidence: 'Attach evidence',
  details: 'Ticket details',
  gallery: 'Evidence',
  exportDossier: 'Export dossier…',
  exportDialog: 'Export the complaint dossier',
  startExport: 'Start export',
  edit: 'Edit',
  editEntry: 'Edit entry',
  saveEdit: 'Save edit',
  edited: /^Edited/,
  historyDialog: 'Earlier versions',
  newTicket: 'New ticket',
  language: 'Language / 语言',
};

export const zh: Labels = {
  locale: 'zh-CN',
  addFirstPlatform: '添加你正在交涉的平台',
  addPlatformDialog: '添加平台',
  platformName: '平台名称',
  website: '网站',
  officialDomains: '官方域名',
  channel: '渠道',
  channelEmail: '电子邮件',
  address: '地址',
  whereFound: '来源',
  officialWebsite: '官方网站',
  verified: '已核实为官方渠道',
  addPlatformSubmit: '添加平台',
  openTicketButton: '创建第一张工单',
  openTicketDialog: '新建工单',
  ticketTitle: '标题',
  category: '类别',
  withdrawalDelayed: '提现延迟',
  platformRef: '平台工单号',
  asset: '币种',
  amount: '数量',
  network: '网络',
  txid: '交易哈希（txid）',
  openTicketSubmit: '创建工单',
  timeline: '时间线',
  message: '内容',
  me: '我',
  agent: '客服',
  note: '备注',
  agentName: '客服姓名',
  addEntry: '添加记录',
  attachEvidence: '添加证据',
  details: '工单详情',
  gallery: '证据',
  exportDossier: '导出维权档案…',
  exportDialog: '导出投诉档案',
  startExport: '开始导出',
  edit: '编辑',
  editEntry: '编辑记录',
  saveEdit: '保存修改',
  edited: /^已编辑/,
  historyDialog: '历史版本',
  newTicket: '新建工单',
  language: 'Language / 语言',
};
