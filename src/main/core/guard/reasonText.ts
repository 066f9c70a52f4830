/**
 * Plain-words sentences for the guard's reason codes, in English and Simplified Chinese. Written for
 * people who may have just lost money: calm, concrete, no jargon, and always saying what the thing is.
 */
import { DEFAULT_RULES, type RuleSet } from './rules';
import type { Reason, RuleKind } from './types';

export type ReasonLang = 'en' | 'zh-CN';

type Params = Record<string, string>;
type Sentence = (p: Params) => string;

const NETWORKS: Readonly<Record<string, { en: string; zh: string }>> = {
  telegram: { en: 'Telegram', zh: 'Telegram（电报）' },
  whatsapp: { en: 'WhatsApp', zh: 'WhatsApp' },
  wechat: { en: 'WeChat', zh: '微信' },
  x: { en: 'X (Twitter)', zh: 'X（推特）' },
  discord: { en: 'Discord', zh: 'Discord' },
  facebook: { en: 'Facebook/Messenger', zh: 'Facebook/Messenger' },
  instagram: { en: 'Instagram', zh: 'Instagram' },
  line: { en: 'LINE', zh: 'LINE' },
  signal: { en: 'Signal', zh: 'Signal' },
  qq: { en: 'QQ', zh: 'QQ' },
  skype: { en: 'Skype', zh: 'Skype' },
  unknown: { en: 'a messaging app', zh: '社交或聊天软件' },
};

const CHANGE_EN: Readonly<Record<string, string>> = {
  added: 'one letter added',
  removed: 'one letter missing',
  replaced: 'one letter changed',
  swapped: 'two letters swapped',
  several: 'a few letters changed',
};

function network(p: Params, lang: 'en' | 'zh'): string {
  return (NETWORKS[p.network ?? 'unknown'] ?? NETWORKS.unknown ?? { en: '', zh: '' })[lang];
}

function platformEn(p: Params): string {
  return p.platform ? p.platform : 'the platform';
}
function platformZh(p: Params): string {
  return p.platform ? p.platform : '该平台';
}

const EN: Readonly<Record<string, Sentence>> = {
  official_domain: (p) =>
    p.domain === p.official
      ? `${p.domain} is an official domain of ${platformEn(p)}.`
      : `${p.domain} is on ${p.official}, an official domain of ${platformEn(p)}.`,
  official_contact: (p) => `${p.contact} is listed as an official contact of the platform.`,
  not_official_domain: (p) =>
    p.officials
      ? `${p.domain} is not one of ${platformEn(p)}'s official domains (${p.officials}). Treat it as unverified.`
      : `${p.domain} is not a known official domain. Treat it as unverified.`,
  no_official_domains: (p) =>
    `No official domains are recorded for ${platformEn(p)} yet, so ${p.domain} cannot be confirmed. Add them from the platform's website or user agreement.`,
  punycode: (p) => `${p.domain} is an encoded address that displays as "${p.unicode}": check every letter.`,
  mixed_scripts: (p) =>
    `"${p.label}" mixes letters from different alphabets (${p.scripts}). Scammers do this so a fake address looks real.`,
  homoglyph: (p) =>
    `${p.domain} uses letters from another alphabet that look like ${p.official}, but it is a different address.`,
  lookalike_spelling: (p) => `${p.domain} looks like ${p.official} (${CHANGE_EN[p.change ?? 'several'] ?? CHANGE_EN.several}) but is not it.`,
  lookalike_chars: (p) =>
    `${p.domain} imitates ${p.official} with look-alike characters (such as 0 for o, 1 or l for i, rn for m).`,
  brand_with_extra_words: (p) =>
    `${p.domain} adds words to the name ${p.brand ?? ''}, but the official site is ${p.official}. Anyone can register such a name.`,
  brand_in_subdomain: (p) =>
    `${p.domain} starts with the name ${p.brand ?? ''}, but the address really belongs to ${p.registrable}, not ${p.official}.`,
  different_tld: (p) => `${p.domain} has the same name as ${p.official} but a different ending, so it belongs to someone else.`,
  shortener: (p) => `${p.domain} is a link shortener: it hides where the link really leads. Official support does not need to hide its links.`,
  ip_address: (p) => `The link goes to a bare numeric address (${p.ip}) instead of a named website. Real exchanges do not send such links.`,
  ip_obfuscated: (p) => `"${p.written}" is a disguised form of the numeric address ${p.ip}.`,
  userinfo_trick: (p) =>
    `The link shows "${p.shown}" before an @ sign, but it actually opens ${p.domain}. Everything before the @ is a decoy.`,
  fullwidth: (p) =>
    `This was written with full-width or decorated characters ("${p.written}"). Read normally it is ${p.normalized}. Scammers write addresses this way to slip past filters.`,
  invisible_chars: () => 'The text contains invisible characters, which are sometimes used to disguise an address.',
  truncated: (p) => `This is very long (${p.length} characters); only the first ${p.analysed} were checked.`,
  dangerous_scheme: (p) => `This is a "${p.scheme}:" link, which can run code or open local files. Do not open it.`,
  invalid_host: (p) => `"${p.written}" is not a valid web address.`,
  free_mail: (p) =>
    `${p.address} is a free personal mailbox (${p.domain}). An exchange's support does not write from a free-mail address.`,
  display_name_claim: (p) =>
    `The sender calls itself "${p.name}", but the message comes from ${p.domain}, which is not an official domain. Anyone can choose the name shown.`,
  brand_in_mailbox: (p) =>
    `The mailbox name "${p.mailbox}" uses the name ${p.brand ?? ''}, but the address is at ${p.domain}, not at an official domain.`,
  brand_in_path: (p) =>
    `The link mentions ${p.brand ?? ''} in its path, but the site is ${p.domain}, not ${p.official || 'an official domain'}.`,
  social_dm_warning: (p) =>
    `This ${network(p, 'en')} account is not listed on the platform's official website. Exchanges' support never starts direct messages: if "support" contacted you first, it is almost certainly a scammer.`,
  lookalike_handle: (p) =>
    `The account "${p.handle}" imitates the official account "${p.official}" on ${network(p, 'en')}.`,
  phone_unlisted: (p) => `${p.phone} is not among the phone numbers listed by the platform. Call only numbers shown on its official website.`,
  unrecognized: () => 'This could not be recognised as a website, e-mail address, phone number or social account, so it cannot be confirmed.',
  check_failed: () => 'This could not be checked. Treat it as unverified.',
};

const CHANGE_ZH: Readonly<Record<string, string>> = {
  added: '只差一个字母（多了一个）',
  removed: '只差一个字母（少了一个）',
  replaced: '只差一个字母（换了一个）',
  swapped: '只是两个字母调换了位置',
  several: '只差几个字母',
};

const ZH: Readonly<Record<string, Sentence>> = {
  official_domain: (p) =>
    p.domain === p.official
      ? `${p.domain} 是 ${platformZh(p)} 的官方域名。`
      : `${p.domain} 属于 ${platformZh(p)} 的官方域名 ${p.official}。`,
  official_contact: (p) => `${p.contact} 是平台官方列出的联系方式。`,
  not_official_domain: (p) =>
    p.officials
      ? `${p.domain} 不在 ${platformZh(p)} 的官方域名（${p.officials}）之列，请当作未经核实的来源。`
      : `${p.domain} 不是已知的官方域名，请当作未经核实的来源。`,
  no_official_domains: (p) =>
    `还没有记录 ${platformZh(p)} 的官方域名，所以无法确认 ${p.domain}。请先从平台官网或用户协议中找到官方域名并记下来。`,
  punycode: (p) => `${p.domain} 是经过编码的网址，显示出来是“${p.unicode}”，请逐个字母仔细核对。`,
  mixed_scripts: (p) => `“${p.label}”里混用了不同文字的字母（${p.scripts}），骗子常用这种办法让假网址看起来和真的一样。`,
  homoglyph: (p) => `${p.domain} 用其他文字里长得很像的字母拼出了 ${p.official} 的样子，但它是另一个网址，并非官方域名。`,
  lookalike_spelling: (p) => `${p.domain} 与 ${p.official} ${CHANGE_ZH[p.change ?? 'several'] ?? CHANGE_ZH.several}，并非官方域名。`,
  lookalike_chars: (p) => `${p.domain} 用形状相近的字符（比如用 0 冒充 o、用 1 或 l 冒充 i、用 rn 冒充 m）模仿 ${p.official}，并非官方域名。`,
  brand_with_extra_words: (p) => `${p.domain} 在 ${p.brand ?? ''} 的名字上加了别的词，但官方网站是 ${p.official}。这种域名任何人都能注册。`,
  brand_in_subdomain: (p) => `${p.domain} 开头写着 ${p.brand ?? ''}，但这个网址实际属于 ${p.registrable}，而不是 ${p.official}。`,
  different_tld: (p) => `${p.domain} 和 ${p.official} 名字相同但后缀不同，属于别人，并非官方域名。`,
  shortener: (p) => `${p.domain} 是短链接服务，会隐藏链接真正指向的网站。官方客服没有必要隐藏链接。`,
  ip_address: (p) => `这个链接指向一串数字地址（${p.ip}），而不是有名字的网站。正规交易所不会发这种链接。`,
  ip_obfuscated: (p) => `“${p.written}”是数字地址 ${p.ip} 的伪装写法。`,
  userinfo_trick: (p) => `链接在 @ 符号前面写着“${p.shown}”，但实际打开的是 ${p.domain}。@ 前面的内容只是幌子。`,
  fullwidth: (p) => `这段内容用了全角或花体字符（“${p.written}”），正常写法是 ${p.normalized}。骗子常这样写网址来躲避过滤。`,
  invisible_chars: () => '内容中夹带了看不见的字符，有时会被用来伪装网址。',
  truncated: (p) => `内容很长（${p.length} 个字符），只检查了前 ${p.analysed} 个字符。`,
  dangerous_scheme: (p) => `这是“${p.scheme}:”开头的链接，可能会运行代码或打开本机文件，请不要打开。`,
  invalid_host: (p) => `“${p.written}”不是有效的网址。`,
  free_mail: (p) => `${p.address} 是免费的个人邮箱（${p.domain}）。交易所的客服不会用免费邮箱给您写信。`,
  display_name_claim: (p) => `发件人自称“${p.name}”，但邮件来自 ${p.domain}，并非官方域名。显示的名字谁都可以随便填。`,
  brand_in_mailbox: (p) => `邮箱名“${p.mailbox}”里用了 ${p.brand ?? ''} 的名字，但邮箱地址在 ${p.domain}，并非官方域名。`,
  brand_in_path: (p) => `链接的路径里提到了 ${p.brand ?? ''}，但网站本身是 ${p.domain}，而不是 ${p.official || '官方域名'}。`,
  social_dm_warning: (p) =>
    `这个${network(p, 'zh')}账号没有出现在平台官网上。交易所的客服从不主动私信用户：如果是“客服”先来找您，几乎可以肯定是骗子。`,
  lookalike_handle: (p) => `账号“${p.handle}”在模仿${network(p, 'zh')}上的官方账号“${p.official}”。`,
  phone_unlisted: (p) => `${p.phone} 不在平台公布的电话号码之列。请只拨打官网上列出的号码。`,
  unrecognized: () => '无法识别这是网址、邮箱、电话还是社交账号，因此无法确认。',
  check_failed: () => '暂时无法检查这一项，请当作未经核实的来源。',
};

const KIND_FALLBACK: Readonly<Record<RuleKind, { en: string; zh: string }>> = {
  seed_phrase: { en: 'Asks for the seed phrase.', zh: '索要助记词。' },
  private_key: { en: 'Asks for the private key.', zh: '索要私钥。' },
  password: { en: 'Asks for a password.', zh: '索要密码。' },
  otp_code: { en: 'Asks for a verification or 2FA code.', zh: '索要验证码。' },
  remote_access: { en: 'Asks you to use a remote-access or screen-sharing app.', zh: '要求使用远程控制或屏幕共享软件。' },
  release_fee: { en: 'Asks you to pay a fee to release funds.', zh: '要求先付费才能放行资金。' },
  safe_wallet: { en: 'Asks you to move funds to a "safe" wallet.', zh: '要求把资金转到所谓的“安全账户”。' },
  urgency_threat: { en: 'Pressures you with deadlines or threats.', zh: '用限时或威胁向您施压。' },
};

/** The sentence for one reason. Unknown codes get a neutral sentence instead of an error. */
export function reasonText(reason: Reason, lang: ReasonLang, rules: RuleSet = DEFAULT_RULES): string {
  const params = reason?.params ?? {};
  const code = reason?.code ?? '';
  if (code === 'rule_hit') {
    const rule = rules.rules.find((r) => r.id === params.ruleId);
    if (rule) return rule.why[lang];
    const fallback = KIND_FALLBACK[params.kind as RuleKind];
    if (fallback) return lang === 'en' ? fallback.en : fallback.zh;
    return lang === 'en' ? 'This message matches a known pattern of support impersonation.' : '这条消息符合冒充客服诈骗的常见特征。';
  }
  const sentence = (lang === 'en' ? EN : ZH)[code];
  if (sentence) return sentence(params);
  return lang === 'en' ? `This looks unusual (${code}).` : `这一项看起来不太正常（${code}）。`;
}

/** Every code reasonText knows, for tests and for the UI's translation check. */
export const REASON_CODES: readonly string[] = [...Object.keys(EN), 'rule_hit'];
