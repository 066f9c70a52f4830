/**
 * English strings of the guard (issue 7): impersonation warnings, the ticket banner, the find-support
 * panel and the live contact check. Spread into en.ts; guard.zhCN.ts has the same shape (typed). The
 * reasons themselves come from the API with their sentences in both languages.
 */
export const guardEn = {
  guard: {
    verdict: {
      official: 'Official',
      unverified: 'Unverified',
      suspicious: 'Suspicious',
    },
    entry: {
      title: 'Possible impersonation',
      intro: 'This message has signs of a fake support agent. Keep it on the record, but do not do what it asks.',
      phrase: 'Phrase',
      why: 'Why it matters',
    },
    banner: {
      label: 'Impersonation warning',
      text_one:
        '{{count}} message on this ticket shows signs of impersonation. Real support never asks for your seed phrase, private key, passwords or codes, and never asks you to pay to release funds.',
      text_other:
        '{{count}} messages on this ticket show signs of impersonation. Real support never asks for your seed phrase, private key, passwords or codes, and never asks you to pay to release funds.',
      show: 'Show the first flagged message',
    },
    marker: {
      short: 'Warning',
      label_one: '{{count}} message shows signs of impersonation',
      label_other: '{{count}} messages show signs of impersonation',
    },
    check: {
      checking: 'Checking…',
      label: 'Check of this address',
      failed: 'Could not check this address. You can still save it.',
      noSigns: 'No warning signs found in this address.',
      noSignsNew: 'It will be checked against the official domains once the platform is saved.',
      informative: 'This is only advice: you can save it anyway.',
    },
    capture: {
      label: 'Impersonation check of this message',
      flagged_one: 'Warning: {{count}} sign of impersonation in this message',
      flagged_other: 'Warning: {{count}} signs of impersonation in this message',
      clean: 'No signs of impersonation found so far.',
      informative: 'It will be logged as written, with the warning.',
    },
    support: {
      title: 'Find the real support',
      intro:
        'Fake sites and fake "support" agents are how people in trouble lose the rest of their money. Find the platform\'s support through one of these routes, and record what you find.',
      routesLabel: 'Where to look',
      step: 'Step {{n}}',
      routes: {
        official_website: {
          title: 'The official website',
          text: 'Type the address you already know into the browser (not a link from a message). Look in the page footer or the help section for "Support", "Help center" or "Contact us".',
        },
        user_agreement: {
          title: 'The user agreement',
          text: 'The terms of use name the company, its official domains and how to reach it. Note the domains: every real link should be on one of them.',
        },
        search_engine: {
          title: 'A search engine, with care',
          text: 'Ads and look-alike sites come first in search results. Check the domain letter by letter before you trust a result: binance-support-help.com is not binance.com.',
        },
        community: {
          title: 'The community',
          text: 'Official forums and verified social accounts can point you to support. Nobody from real support will write to you first in a direct message.',
        },
      },
      recordHere: 'Record a channel found here',
      domains: 'Official domains',
      domainsNone: 'No official domains recorded yet.',
      details: {
        legend: 'Official domains and website',
        hint: 'Every link and channel is checked against these domains. Take them from the official website or the user agreement, never from a message.',
        domainsHint: 'One per line, or separated by commas, e.g. nexa.com, nexa-exchange.io',
        notes: 'Notes',
        save: 'Save domains',
        saved: 'Saved. Logged messages were checked again.',
      },
      website: 'Website',
      offered: 'Channels offered',
      officialCount_one: '{{count}} official channel',
      officialCount_other: '{{count}} official channels',
      offeredHint: 'Only channels confirmed as official count.',
      channels: 'Recorded channels',
      noChannels: 'No channels recorded yet. Follow a route above and record what you find.',
      formLegend: 'Record a channel',
      add: 'Record channel',
      added: 'Channel recorded.',
      foundVia: 'Found via {{source}}',
      markedVerified: 'You marked it verified',
    },
  },
};
