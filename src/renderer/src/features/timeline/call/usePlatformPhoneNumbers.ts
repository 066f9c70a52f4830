import { usePlatforms } from '@renderer/features/platforms/queries';
import { useTicket } from '@renderer/features/tickets/queries';

/** The phone numbers recorded as support channels of the ticket's platform, offered for "number dialled". */
export function usePlatformPhoneNumbers(ticketId: number): string[] {
  const ticket = useTicket(ticketId);
  const platforms = usePlatforms();
  const platform = platforms.data?.find((p) => p.id === ticket.data?.platformId);
  return platform?.channels.filter((c) => c.kind === 'phone').map((c) => c.address) ?? [];
}
