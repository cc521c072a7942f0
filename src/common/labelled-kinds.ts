/** The words pages and printed programmes show for a kind, in both languages. */
export interface BilingualLabel {
  zh: string;
  en: string;
}

/**
 * A closed list of kinds written once, as its labels: the values (for enum columns, validators
 * and OpenAPI) are the labels' keys, in the order written, which is the order programmes list them.
 */
export function labelledKinds<K extends string>(labels: Record<K, BilingualLabel>): { values: readonly K[]; labels: Readonly<Record<K, BilingualLabel>> } {
  return { values: Object.keys(labels) as K[], labels };
}
