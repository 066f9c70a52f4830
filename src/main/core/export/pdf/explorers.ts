/**
 * Where a reader checks a transfer: the block explorer of the transaction's network. Users type networks
 * the way exchanges show them ("TRC20", "ERC-20", "BNB Smart Chain (BEP20)", "Ethereum"), so the name is
 * folded to letters and digits and looked up among known spellings. When the network is not given, the
 * asset decides only where it lives on one chain (BTC, ETH, TRX, SOL...): USDT exists on many chains, so
 * guessing would send the reader to the wrong explorer. Unknown → no link (the PDF says so).
 */

interface Explorer {
  name: string;
  /** Transaction URL prefix; the txid is appended, percent-encoded. */
  tx: string;
}

const EXPLORERS: { explorer: Explorer; networks: string[]; assets: string[] }[] = [
  { explorer: { name: 'Etherscan', tx: 'https://etherscan.io/tx/' }, networks: ['ethereum', 'eth', 'erc20', 'ethereumerc20', 'ethereummainnet'], assets: ['eth'] },
  { explorer: { name: 'Tronscan', tx: 'https://tronscan.org/#/transaction/' }, networks: ['tron', 'trx', 'trc20', 'trontrc20'], assets: ['trx'] },
  { explorer: { name: 'mempool.space', tx: 'https://mempool.space/tx/' }, networks: ['bitcoin', 'btc', 'bitcoinsegwit'], assets: ['btc'] },
  {
    explorer: { name: 'BscScan', tx: 'https://bscscan.com/tx/' },
    networks: ['bsc', 'bep20', 'bnbsmartchain', 'bnbsmartchainbep20', 'binancesmartchain', 'bnbchain'],
    assets: ['bnb'],
  },
  { explorer: { name: 'Solscan', tx: 'https://solscan.io/tx/' }, networks: ['solana', 'sol', 'spl'], assets: ['sol'] },
  { explorer: { name: 'PolygonScan', tx: 'https://polygonscan.com/tx/' }, networks: ['polygon', 'matic', 'pol', 'polygonpos'], assets: ['matic', 'pol'] },
  { explorer: { name: 'Arbiscan', tx: 'https://arbiscan.io/tx/' }, networks: ['arbitrum', 'arbitrumone', 'arb'], assets: [] },
  { explorer: { name: 'Optimistic Etherscan', tx: 'https://optimistic.etherscan.io/tx/' }, networks: ['optimism', 'op', 'opmainnet'], assets: [] },
  { explorer: { name: 'BaseScan', tx: 'https://basescan.org/tx/' }, networks: ['base'], assets: [] },
  { explorer: { name: 'Snowtrace', tx: 'https://snowtrace.io/tx/' }, networks: ['avalanche', 'avaxc', 'avalanchec', 'avalanchecchain', 'avaxcchain'], assets: ['avax'] },
  { explorer: { name: 'Tonviewer', tx: 'https://tonviewer.com/transaction/' }, networks: ['ton', 'toncoin'], assets: ['ton'] },
  { explorer: { name: 'XRPSCAN', tx: 'https://xrpscan.com/tx/' }, networks: ['xrp', 'ripple', 'xrpl', 'xrpledger'], assets: ['xrp'] },
  { explorer: { name: 'litecoinspace', tx: 'https://litecoinspace.org/tx/' }, networks: ['litecoin', 'ltc'], assets: ['ltc'] },
];

const BY_NETWORK = new Map(EXPLORERS.flatMap(({ explorer, networks }) => networks.map((n) => [n, explorer] as const)));
const BY_ASSET = new Map(EXPLORERS.flatMap(({ explorer, assets }) => assets.map((a) => [a, explorer] as const)));

export interface ExplorerLink {
  explorer: string;
  url: string;
}

export function explorerLink(network: string | null, asset: string, txid: string): ExplorerLink | null {
  const explorer = network ? BY_NETWORK.get(fold(network)) : BY_ASSET.get(fold(asset));
  if (!explorer) return null;
  return { explorer: explorer.name, url: explorer.tx + encodeURIComponent(txid.trim()) };
}

/** "BNB Smart Chain (BEP20)" → "bnbsmartchainbep20"; "ERC-20" → "erc20". */
function fold(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
