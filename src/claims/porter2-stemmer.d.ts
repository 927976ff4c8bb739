declare module 'wink-porter2-stemmer' {
  /** Porter's English stemmer, version 2 (the Snowball "english" algorithm): "rising" -> "rise". */
  function stem(word: string): string;
  export = stem;
}
