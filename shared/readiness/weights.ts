/** Required items count three times as much as recommended ones; shown to the user beside the score. */
export const readinessWeights = { required: 3, recommended: 1 } as const;
