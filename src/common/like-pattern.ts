/**
 * A user's search text as a LIKE pattern that matches it anywhere, with % and _ taken
 * literally. The escape character is `!`, not a backslash: MySQL reads '\\' in a string
 * literal as one backslash and SQLite as two, so only a plain character is portable.
 * Use it as `column LIKE :pattern ESCAPE '!'`.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
