import { useEffect, useState } from 'react';

/**
 * Date.now(), refreshed every second while `active`: for the few things on screen that count seconds (a
 * call timer, the current wait). Everything else uses the shared 30-second clock (useNow).
 */
export function useSecondClock(active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}
