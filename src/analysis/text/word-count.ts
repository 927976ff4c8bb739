/** Words in a paragraph or line: runs of anything but spaces, tabs, line breaks and no-break spaces. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i); // a code, not a one-character string per character
    const space = code === 32 || code === 10 || code === 9 || code === 0xa0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
