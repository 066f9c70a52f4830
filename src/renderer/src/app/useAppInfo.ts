import { useQuery } from '@tanstack/react-query';
import type { AppInfo } from '@shared/domain';
import { api } from '@renderer/api/client';
import { queryKeys } from '@renderer/api/queryKeys';

const NONE: AppInfo['capabilities'] = { pickFiles: false, screenCapture: false, openExternally: false };

export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => api['app.info'](), staleTime: Infinity });
}

/**
 * What this shell can do beyond the common API. Until app.info answers (or if an older core leaves the
 * field out), nothing: the browser's ways (file input, paste, download) always work.
 */
export function useCapabilities(): AppInfo['capabilities'] {
  const info = useAppInfo();
  return info.data?.capabilities ?? NONE;
}
