/**
 * Words a letter needs in its own language (not the UI's): the ticket's category, and what each
 * placeholder is called when its value is missing ("[missing: account UID]" / "【缺少：平台账户 UID】").
 * Kept in step with the UI's wording (src/renderer/src/i18n) so letters and screens agree.
 */
import type { TicketCategory } from '../../../../shared/domain';
import type { LetterLanguage, LetterPlaceholder } from '../../../../shared/followUp';

type Words = Record<LetterLanguage, string>;

export const CATEGORY_LABEL: Record<TicketCategory, Words> = {
  deposit_not_credited: { en: 'deposit not credited', 'zh-CN': '充值未到账' },
  withdrawal_delayed: { en: 'withdrawal delayed', 'zh-CN': '提现延迟' },
  account_frozen: { en: 'account frozen', 'zh-CN': '账户被冻结' },
  kyc: { en: 'identity verification (KYC)', 'zh-CN': '身份认证（KYC）' },
  trade_problem: { en: 'trade problem', 'zh-CN': '交易问题' },
  fees: { en: 'fees', 'zh-CN': '手续费' },
  fraud: { en: 'fraud or scam', 'zh-CN': '欺诈或诈骗' },
  other: { en: 'other', 'zh-CN': '其他' },
};

const PLACEHOLDER_LABEL: Record<LetterPlaceholder, Words> = {
  my_name: { en: 'your name', 'zh-CN': '您的姓名' },
  my_contact: { en: 'your contact details', 'zh-CN': '您的联系方式' },
  my_country: { en: 'your country', 'zh-CN': '您所在的国家或地区' },
  account_uid: { en: 'account UID', 'zh-CN': '平台账户 UID' },
  platform: { en: 'platform name', 'zh-CN': '平台名称' },
  legal_entity: { en: "platform's legal entity", 'zh-CN': '平台的运营公司' },
  ticket_title: { en: 'case title', 'zh-CN': '问题标题' },
  category: { en: 'category', 'zh-CN': '问题类别' },
  references: { en: 'reference numbers', 'zh-CN': '工单编号' },
  opened_on: { en: 'date the problem began', 'zh-CN': '问题开始日期' },
  amounts: { en: 'amounts', 'zh-CN': '涉及金额' },
  fiat_value: { en: 'value in money', 'zh-CN': '折合法币价值' },
  transactions: { en: 'transactions', 'zh-CN': '交易记录' },
  txids: { en: 'transaction IDs', 'zh-CN': '交易哈希' },
  desired_outcome: { en: 'what you ask for', 'zh-CN': '您的诉求' },
  summary: { en: 'summary of what happened', 'zh-CN': '事情经过' },
  contact_history: { en: 'contact history', 'zh-CN': '联系记录' },
  contact_count: { en: 'number of contacts', 'zh-CN': '联系次数' },
  first_contact_on: { en: 'date of first contact', 'zh-CN': '首次联系日期' },
  longest_wait: { en: 'longest wait', 'zh-CN': '最长等待时间' },
  current_wait: { en: 'current wait', 'zh-CN': '当前等待时间' },
  unanswered_count: { en: 'unanswered messages', 'zh-CN': '未获答复的消息数' },
  escalation_history: { en: 'escalation history', 'zh-CN': '升级记录' },
  last_reference: { en: 'latest reference number', 'zh-CN': '最新编号' },
  venue: { en: 'where you complain', 'zh-CN': '投诉机构' },
  today: { en: "today's date", 'zh-CN': '今天的日期' },
};

/** The visible marker a missing value leaves in the letter, for the user to fill in by hand. */
export function missingMarker(name: LetterPlaceholder, language: LetterLanguage): string {
  const label = PLACEHOLDER_LABEL[name][language];
  return language === 'zh-CN' ? `【缺少：${label}】` : `[missing: ${label}]`;
}
