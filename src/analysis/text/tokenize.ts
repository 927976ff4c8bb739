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
  const tokens: Token[] = [];
  // wink cuts words at letters outside ASCII ("Wi" "ś" "niewski"): glue the pieces back
  const newIndex = new Int32Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const value = values[i];
    const previous = tokens[tokens.length - 1];
    if (previous && spaces[i].length === 0 && endsWithLetter(previous.text) && startsWithLetter(value) && !isAscii(previous.text, value)) {
      previous.text += value;
      previous.lower = previous.text.toLowerCase();
      previous.end += value.length;
    } else {
      tokens.push({ start: offset, end: offset + value.length, text: value, lower: value.toLowerCase(), pos: tags[i] });
    }
    newIndex[i] = tokens.length - 1;
    offset += value.length;
  }
  const spans = doc.sentences().out(its.span) as Array<[number, number]>;
  const sentences: Array<[number, number]> = [];
  for (const [first, last] of spans) {
    const span: [number, number] = [newIndex[first], newIndex[last]];
    const previous = sentences[sentences.length - 1];
    if (previous && previous[1] >= span[0]) previous[1] = Math.max(previous[1], span[1]);
    else sentences.push(span);
  }
  return { tokens, sentences };
}

const LETTER = /\p{L}/u;

function startsWithLetter(value: string): boolean {
  return LETTER.test(value[0]);
}

function endsWithLetter(value: string): boolean {
  return LETTER.test(value[value.length - 1]);
}

/** Two ASCII words side by side were split on purpose ("can" "not", "gon" "na"). */
function isAscii(left: string, right: string): boolean {
  return left.charCodeAt(left.length - 1) < 128 && right.charCodeAt(0) < 128;
}
