export function rng(seed: number): () => number;
export function cluster(articles: number, seed?: number): Array<{ label: string; path: string; text: string }>;
