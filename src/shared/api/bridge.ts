/**
 * The shape of `window.casefile`, the preload's bridge: exactly one function per contract method.
 * Results come back as an ApiResult envelope because Electron strips custom fields from errors that
 * cross the context bridge; the renderer's client unwraps them.
 */
import type { DownloadMeta, InputOf, KindOf, MethodName, OutputOf } from './contract';
import type { ApiResult } from './errors';

export type DownloadPayload = DownloadMeta & { bytes: Uint8Array };

export type BridgeMethod<K extends MethodName> =
  KindOf<K> extends 'upload'
    ? (input: InputOf<K>, bytes: Uint8Array) => Promise<ApiResult<OutputOf<K>>>
    : KindOf<K> extends 'download'
      ? (input: InputOf<K>) => Promise<ApiResult<DownloadPayload>>
      : (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>>;

export type CasefileBridge = { [K in MethodName]: BridgeMethod<K> };
