/** Who runs a brand's events: the federation itself, or other bodies (the federation takes part). */
export const BRAND_RUNNERS = ['federation', 'others'] as const;
export type BrandRunner = (typeof BRAND_RUNNERS)[number];
