export function rng(seed: number): () => number;
export function cluster(articles: number, seed?: number, statements?: number): Array<{ label: string; path: string; text: string }>;
