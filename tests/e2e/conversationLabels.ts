/**
 * The visible names of the conversation-log screens, per language: written out (not imported from the
 * app's i18n), so a missing or wrong translation fails a test.
 */
export interface ConversationLabels {
  locale: string;
  importButton: string;
  importTitle: string;
  transcriptFile: string;
  pastedText: string;
  conversationText: string;
  whichIsMe: string;
  importN: (n: number) => string;
  dayFirst: RegExp;
  conversationDate: string;
  searchTitle: string;
  searchLabel: string;
  searchSample: string;
  nothingFound: RegExp;
  responseTimes: string;
  firstResponse: string;
  prepareTitle: RegExp;
  setTime: string;
  useNow: string;
  phoneCall: string;
  numberDialled: string;
  startTimer: string;
  stop: string;
  discardCall: string;
  logCall: string;
  scorecardsTitle: string;
}

export const CONV_EN: ConversationLabels = {
  locale: 'en-US',
  importButton: 'Import transcript',
  importTitle: 'Import a transcript',
  transcriptFile: 'Transcript file',
  pastedText: 'Pasted text',
  conversationText: 'Conversation text',
  whichIsMe: 'Which one is you?',
  importN: (n) => `Import ${n} message${n === 1 ? '' : 's'}`,
  dayFirst: /^Day first/,
  conversationDate: 'Date of this conversation',
  searchTitle: 'Search',
  searchLabel: 'Search everything',
  searchSample: 'escalated',
  nothingFound: /^Nothing found for/,
  responseTimes: 'Response times',
  firstResponse: 'First response',
  prepareTitle: /^Before you contact support/,
  setTime: 'Set date, time and zone…',
  useNow: 'Use now',
  phoneCall: 'Phone call',
  numberDialled: 'Number dialled',
  startTimer: 'Start timer',
  stop: 'Stop',
  discardCall: 'Discard call',
  logCall: 'Log call',
  scorecardsTitle: 'How platforms respond',
};

export const CONV_ZH: ConversationLabels = {
  locale: 'zh-CN',
  importButton: '导入聊天记录',
  importTitle: '导入聊天记录',
  transcriptFile: '聊天记录文件',
  pastedText: '粘贴文字',
  conversationText: '对话文字',
  whichIsMe: '哪一位是你？',
  importN: (n) => `导入 ${n} 条消息`,
  dayFirst: /^日在前/,
  conversationDate: '这段对话的日期',
  searchTitle: '搜索',
  searchLabel: '搜索全部内容',
  searchSample: '升级',
  nothingFound: /^没有找到/,
  responseTimes: '响应时间',
  firstResponse: '首次回复',
  prepareTitle: /^联系客服前请准备/,
  setTime: '设置日期、时间和时区…',
  useNow: '改为现在',
  phoneCall: '电话',
  numberDialled: '拨打的号码',
  startTimer: '开始计时',
  stop: '停止',
  discardCall: '放弃这通电话',
  logCall: '记录电话',
  scorecardsTitle: '各平台的响应表现',
};
