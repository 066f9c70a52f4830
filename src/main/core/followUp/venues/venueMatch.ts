/**
 * Which venues fit a complaint: the platform's jurisdiction and the user's country, each matched against
 * the venue's jurisdiction ("EU" venues cover every EU member state). Pure: no store, so the rule is tested
 * on its own. The warnings say plainly when nobody in the directory may take the complaint; they state
 * facts and never advise.
 */
import type { Explained, Venue } from '../../../../shared/followUp';

/** The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR here, not the EU's own "EL"). */
const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

export interface VenueBasis {
  platformJurisdiction: string | null;
  userCountry: string | null;
}

/** Does the venue take complaints from (or about a platform in) this region? */
export function venueCovers(venue: Pick<Venue, 'jurisdiction'>, region: string): boolean {
  if (venue.jurisdiction === region) return true;
  return venue.jurisdiction === 'EU' && EU_MEMBERS.has(region);
}

/**
 * The venues for the basis, the platform's jurisdiction first (that is where a regulator has a hold on the
 * firm), then the user's country; directory order within each. With no basis at all, every venue is
 * listed so the user can still browse, and the warning says why none was picked.
 */
export function pickVenues(all: readonly Venue[], basis: VenueBasis): { venues: Venue[]; warning: Explained | null } {
  const regions = [basis.platformJurisdiction, basis.userCountry].filter((r): r is string => r !== null);
  if (regions.length === 0) return { venues: [...all], warning: basisUnknown() };
  const picked: Venue[] = [];
  for (const region of regions) {
    for (const venue of all) if (venueCovers(venue, region) && !picked.includes(venue)) picked.push(venue);
  }
  if (picked.length === 0) return { venues: [], warning: noVenue(regions) };
  if (picked.some((v) => v.id === 'uk-fos')) return { venues: picked, warning: amlOnlyFirms() };
  if (picked.every((v) => v.kind === 'police')) return { venues: picked, warning: crimeOnly(regions) };
  return { venues: picked, warning: null };
}

const NO_ADVICE = {
  en: 'Casefile does not give legal advice',
  'zh-CN': 'Casefile 不提供法律意见',
};

function noVenue(regions: string[]): Explained {
  const list = [...new Set(regions)].join(', ');
  return {
    code: 'no_venue',
    params: { regions: list },
    text: {
      en:
        `No venue in the directory covers ${list}; the complaint may have nowhere official to go from here. ` +
        `${NO_ADVICE.en} — ask a consumer organisation or a lawyer where you live whether anyone can take it, ` +
        'keep your record complete, and add a venue of your own if you find one.',
      'zh-CN':
        `目录中没有覆盖 ${list} 的投诉渠道，这项投诉可能没有可以受理的官方机构。` +
        `${NO_ADVICE['zh-CN']}——请向当地的消费者组织或律师咨询是否有机构可以受理，继续完整保存记录；如果找到了合适的渠道，可以自行添加。`,
    },
  };
}

/**
 * Only the police are listed (mainland China, Taiwan): they take reports of crime. A withdrawal that is
 * merely late or an account that is frozen is not a crime in itself, so for such a dispute the user may
 * have nowhere official to go: the issue asks for that to be said plainly, not left to be discovered.
 */
function crimeOnly(regions: string[]): Explained {
  const list = [...new Set(regions)].join(', ');
  return {
    code: 'crime_reports_only',
    params: { regions: list },
    text: {
      en:
        `For ${list} the directory lists only the police, who take reports of fraud and other crimes. ` +
        'A dispute that is not a crime (a late withdrawal, a frozen account, a fee) may have no official venue here. ' +
        `${NO_ADVICE.en} — a consumer organisation or a lawyer where you live can tell you whether anyone can take it; keep your record complete.`,
      'zh-CN':
        `对于 ${list}，目录中只有警方，警方受理诈骗等违法犯罪的报案。` +
        '如果纠纷本身不涉及违法犯罪（例如提现延迟、账户被冻结、手续费争议），这里可能没有可以受理的官方渠道。' +
        `${NO_ADVICE['zh-CN']}——当地的消费者组织或律师可以告诉您是否有机构可以受理；请继续完整保存记录。`,
    },
  };
}

function basisUnknown(): Explained {
  return {
    code: 'basis_unknown',
    params: {},
    text: {
      en:
        "Casefile does not know where the platform is regulated or which country you live in, so no venue in the directory " +
        "can be said to cover your complaint. Set the platform's jurisdiction or your country in your profile. " +
        `${NO_ADVICE.en} — the whole directory is listed below for reference only.`,
      'zh-CN':
        '尚不知道该平台受哪个地区监管，也不知道您所在的国家或地区，因此无法判断目录中哪个渠道可以受理您的投诉。' +
        `请填写平台的监管地区，或在个人资料中填写您的国家或地区。${NO_ADVICE['zh-CN']}——下面列出的完整目录仅供参考。`,
    },
  };
}

function amlOnlyFirms(): Explained {
  return {
    code: 'aml_only_firms',
    params: { venueId: 'uk-fos' },
    text: {
      en:
        'Many crypto firms are registered in the UK only for anti-money-laundering rules; complaints about them are ' +
        `outside the Financial Ombudsman Service. Check the platform's status with the FCA first. ${NO_ADVICE.en}.`,
      'zh-CN':
        '许多加密货币公司在英国只是为反洗钱规则进行了登记，针对它们的投诉不在英国金融申诉专员服务的受理范围内。' +
        `请先在英国金融行为监管局（FCA）查询该平台的身份。${NO_ADVICE['zh-CN']}。`,
    },
  };
}
