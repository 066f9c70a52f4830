/** 防骗提示部分的简体中文（冒充客服警告、工单横幅、寻找官方客服面板、联系方式实时检查）。结构与 guard.en.ts 相同。 */
import type { guardEn } from './guard.en';

export const guardZhCN: typeof guardEn = {
  guard: {
    verdict: {
      official: '官方',
      unverified: '未核实',
      suspicious: '可疑',
    },
    entry: {
      title: '疑似冒充客服',
      intro: '这条消息有假冒客服的迹象。请保留记录，但不要照它说的做。',
      phrase: '可疑语句',
      why: '为什么要警惕',
    },
    banner: {
      label: '冒充客服警告',
      text_one:
        '此工单中有 {{count}} 条消息显示冒充客服的迹象。真正的客服绝不会索要您的助记词、私钥、密码或验证码，也绝不会要求您付费来解冻资金。',
      text_other:
        '此工单中有 {{count}} 条消息显示冒充客服的迹象。真正的客服绝不会索要您的助记词、私钥、密码或验证码，也绝不会要求您付费来解冻资金。',
      show: '查看第一条可疑消息',
    },
    marker: {
      short: '警告',
      label_one: '{{count}} 条消息疑似冒充客服',
      label_other: '{{count}} 条消息疑似冒充客服',
    },
    check: {
      checking: '正在检查…',
      label: '此地址的检查结果',
      failed: '暂时无法检查此地址。您仍然可以保存。',
      noSigns: '此地址没有发现可疑迹象。',
      noSignsNew: '保存平台后，会再按官方域名核对一次。',
      informative: '这只是提示：您仍然可以保存。',
    },
    capture: {
      label: '此消息的冒充客服检查',
      flagged_one: '警告：此消息有 {{count}} 处冒充客服的迹象',
      flagged_other: '警告：此消息有 {{count}} 处冒充客服的迹象',
      clean: '目前没有发现冒充客服的迹象。',
      informative: '消息会按原文记录，并附上警告。',
    },
    support: {
      title: '寻找官方客服',
      intro: '假网站和假“客服”正是让遇到困难的人损失剩余资金的手段。请通过以下途径找到平台的客服，并把找到的渠道记录下来。',
      routesLabel: '去哪里找',
      step: '第 {{n}} 步',
      routes: {
        official_website: {
          title: '官方网站',
          text: '在浏览器里手动输入您已知的网址（不要点消息里的链接）。在页面底部或帮助中心查找“客服”“帮助中心”或“联系我们”。',
        },
        user_agreement: {
          title: '用户协议',
          text: '用户协议会写明公司名称、官方域名和联系方式。记下这些域名：真正的链接都应该在其中之一上。',
        },
        search_engine: {
          title: '谨慎使用搜索引擎',
          text: '搜索结果里排在前面的常常是广告和仿冒网站。相信某个结果之前，请逐字核对域名：binance-support-help.com 不是 binance.com。',
        },
        community: {
          title: '用户社区',
          text: '官方论坛和经过认证的社交账号可以告诉您客服在哪里。真正的客服绝不会主动私信您。',
        },
      },
      recordHere: '记录在这里找到的渠道',
      domains: '官方域名',
      domainsNone: '还没有记录官方域名。',
      details: {
        legend: '官方域名和网站',
        hint: '每个链接和渠道都会与这些域名核对。请从官方网站或用户协议中获取，不要从消息里获取。',
        domainsHint: '每行一个，或用逗号分隔，例如 nexa.com, nexa-exchange.io',
        notes: '备注',
        save: '保存域名',
        saved: '已保存，已记录的消息已重新检查。',
      },
      website: '网站',
      offered: '提供的渠道',
      officialCount_one: '{{count}} 个官方渠道',
      officialCount_other: '{{count}} 个官方渠道',
      offeredHint: '只计算已确认为官方的渠道。',
      channels: '已记录的渠道',
      noChannels: '还没有记录渠道。按上面的途径查找，并把找到的渠道记录下来。',
      formLegend: '记录一个渠道',
      add: '记录渠道',
      added: '渠道已记录。',
      foundVia: '来源：{{source}}',
      markedVerified: '您标记为已核实',
    },
  },
};
