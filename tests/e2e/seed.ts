import type { APIRequestContext } from '@playwright/test';

/**
 * Seeds data straight through the HTTP API (the same router the UI calls), for tests whose subject
 * is not the forms themselves: persistence, language, screenshots.
 */
export function seedClient(request: APIRequestContext, serverUrl: string) {
  const url = new URL(serverUrl);
  const token = url.searchParams.get('token') ?? '';
  const headers = { Authorization: `Bearer ${token}` };

  const call = async <T = { id: number }>(method: string, input: unknown = {}): Promise<T> => {
    const response = await request.post(`${url.origin}/api/${method}`, { headers, data: input as object });
    if (!response.ok()) throw new Error(`${method} → ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  };

  const upload = async (
    ticketId: number,
    name: string,
    bytes: Buffer,
    lastModified?: number,
    extra: { entryId?: number; via?: 'picker' | 'drop' | 'paste'; description?: string } = {},
  ) => {
    const query = new URLSearchParams({ ticketId: String(ticketId), name });
    if (lastModified !== undefined) query.set('lastModified', String(lastModified));
    for (const [key, value] of Object.entries(extra)) if (value !== undefined) query.set(key, String(value));
    const response = await request.post(`${url.origin}/api/evidence.upload?${query}`, {
      headers: { ...headers, 'Content-Type': 'application/octet-stream' },
      data: bytes,
    });
    if (!response.ok()) throw new Error(`evidence.upload → ${response.status()} ${await response.text()}`);
    return (await response.json()) as { id: number };
  };

  return { call, upload };
}

/** One platform with one ticket; returns the ticket's id. */
export async function seedTicket(
  api: ReturnType<typeof seedClient>,
  title = 'Withdrawal of 0.5 BTC not received',
): Promise<number> {
  const platform = await api.call('platforms.create', {
    name: 'Nexa Exchange',
    officialDomains: ['nexa.example'],
    channels: [{ kind: 'live_chat', address: 'https://nexa.example/support', foundVia: 'official_website', verified: true }],
  });
  const ticket = await api.call('tickets.create', {
    platformId: platform.id,
    title,
    category: 'withdrawal_delayed',
    transactions: [{ asset: 'BTC', amount: '0.5', network: 'Bitcoin' }],
  });
  return ticket.id;
}
