import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Sentence boundaries and part-of-speech tags only: named-entity recognition
// would cost a third of the throughput, and wink's light model has no
// organisation entities anyway (outlets come from the registry).
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Token {
  /** UTF-16 offsets into the analysed text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
}

export interface Tokenized {
  tokens: Token[];
  /** Sentence spans as [firstToken, lastToken] (inclusive), as wink found them. */
  sentences: Array<[number, number]>;
}

/**
 * wink's tokenizer is lossless: every token keeps its text and the spaces
 * before it, so the offsets rebuilt here index the input exactly.
 */
export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const tokenList = doc.tokens();
  const values = tokenList.out(its.value) as string[];
  const spaces = tokenList.out(its.precedingSpaces) as string[];
  const tags = tokenList.out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const value = values[i];
    tokens[i] = { start: offset, end: offset + value.length, text: value, lower: value.toLowerCase(), pos: tags[i] };
    offset += value.length;
  }
  const sentences = doc.sentences().out(its.span) as Array<[number, number]>;
  return { tokens, sentences };
}

/** The NLP library's own sentence splitting, used as the benchmark baseline. */
export function rawSentenceCount(text: string): number {
  return nlp.readDoc(text).sentences().length();
}
