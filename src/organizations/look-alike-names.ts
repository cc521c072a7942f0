/**
 * The form of a name that two look-alike names share: "中国网络社会组织 联合会", "中国网络社会组织联合会。"
 * and "ＣＦＩＳ" / "CFlS" (a lower-case L for the I) name the same body to a reader, so one of them is
 * refused as another organization's name. Compared, never stored or shown.
 */
export function nameSkeleton(name: string): string {
  const folded = name
    .normalize('NFKC')
    .toLowerCase()
    // Spaces, punctuation and symbols carry no identity: "中网联·" is still 中网联.
    .replace(/[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}]/gu, '');
  return [...folded].map((c) => CONFUSABLES[c] ?? c).join('');
}

/**
 * Letters that are drawn alike in the fonts pages use: Cyrillic and Greek letters that look Latin, and
 * Latin letters and digits that look like each other. A small table of the usual suspects, in the
 * spirit of Unicode's confusables list (UTS #39), not all of it.
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  l: 'i', '1': 'i', '|': 'i', '0': 'o', '5': 's',
  // Han characters that are other characters' twins on screen.
  〇: 'o', 丨: 'i',
};
