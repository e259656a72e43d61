/** The stages of a boundary load the progress bar names, in order ('measuring': areas and label points). */
export const BOUNDARY_STAGES = ['reading', 'checking', 'repairing', 'measuring', 'drawing'] as const;
export type BoundaryStage = (typeof BOUNDARY_STAGES)[number];

/** Told as the work goes: the stage, and the fraction of it done when that is known. */
export type StageListener = (stage: BoundaryStage, fraction: number | null) => void;
