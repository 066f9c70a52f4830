import { useCallback, useState } from 'react';

/** Zoom steps (1 = the image's own pixels). */
const STEPS = [0.05, 0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8];

export type ZoomLevel = 'fit' | number;

export interface Zoom {
  level: ZoomLevel;
  /** The scale "fit" ends up at for the current image and window (≤ 1). */
  fitScale: number;
  /** The scale in effect now. */
  scale: number;
  setFitScale: (scale: number) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  actualSize: () => void;
}

/** Image zoom: starts at "fit" for every item (`resetKey` changes), steps up and down from where it is. */
export function useZoom(resetKey: unknown): Zoom {
  const [state, setState] = useState<{ key: unknown; level: ZoomLevel }>({ key: resetKey, level: 'fit' });
  const [fitScale, setFitScaleState] = useState(1);
  const level = state.key === resetKey ? state.level : 'fit';
  const scale = level === 'fit' ? fitScale : level;

  const set = useCallback((next: ZoomLevel) => setState({ key: resetKey, level: next }), [resetKey]);
  const setFitScale = useCallback((value: number) => setFitScaleState(value > 0 && Number.isFinite(value) ? value : 1), []);

  return {
    level,
    fitScale,
    scale,
    setFitScale,
    zoomIn: () => set(STEPS.find((step) => step > scale + 0.001) ?? STEPS[STEPS.length - 1]!),
    zoomOut: () => set([...STEPS].reverse().find((step) => step < scale - 0.001) ?? STEPS[0]!),
    fit: () => set('fit'),
    actualSize: () => set(1),
  };
}
