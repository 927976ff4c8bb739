import { captionParagraphs } from './captions.js';
import { splitParagraphs } from './paragraphs.js';

/** The texts of the paragraphs taken as captions. */
function captions(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  return [...captionParagraphs(text, paragraphs)].sort((a, b) => a - b).map((i) => paragraphs[i].text);
}

describe('photo captions, found by their credit line or file name', () => {
  it.each([
    [
      'a caption over an agency alone on the next line',
      'The station supports many kinds of research.\n\nAn astronaut exercises on the station’s treadmill. Clothes cannot be washed in space.\nNASA\n\nThe paper reviews how emulsions behave.',
      ['An astronaut exercises on the station’s treadmill. Clothes cannot be washed in space.'],
    ],
    [
      'two caption lines standing alone over the credit',
      'Emulsions have many uses.\n\nAn astronaut floats aboard the station during an experiment.\nAn astronaut exchanges samples for the investigation.\nESA/NASA',
      ['An astronaut floats aboard the station during an experiment.', 'An astronaut exchanges samples for the investigation.'],
    ],
    [
      'a map label over a labelled credit, blank lines between',
      'Monday, October 5, 2015\n\nKunduz province in Afghanistan.\n\nImage: User:Example.\n\nTwenty two civilians died in the airstrike, the charity reported on Saturday.',
      ['Kunduz province in Afghanistan.'],
    ],
    [
      'a caption under the image’s file name',
      'The paper outlines the technologies needed.\n\nexample_photo_0042.jpg?w=1365\nAn astronaut exercises on the station’s treadmill.\n\nResearchers analyzed the elements supplied from Earth.',
      ['An astronaut exercises on the station’s treadmill.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(captions(text)).toEqual(expected);
  });

  it.each([
    ['prose over a one-word heading', 'The ministry said 40 drones were shot down overnight.\n\nBackground\n\nThe war began in 2022.', []],
    ['prose over an all-caps heading after a blank line', 'The ministry said 40 drones were shot down overnight.\n\nNOTES\n\nThe war began in 2022.', []],
    [
      'a long paragraph over a credit after a blank line',
      'The ministry said 40 drones were shot down overnight and two people were injured in the city.\n\nPhoto: Jane Roe/Reuters\n\nThe war began in 2022.',
      [],
    ],
    [
      'prose lines over a caption line: only the caption',
      'The ministry said 40 drones were shot down.\nTwo people were injured, police said.\nThe caption names the place.\nNASA',
      ['The caption names the place.'],
    ],
    ['a file name in a sentence', 'The court heard that photo.jpg was sent on Monday.\nThe ministry said 40 drones were shot down.', []],
  ])('keeps prose: %s', (_name, text, expected) => {
    expect(captions(text)).toEqual(expected);
  });
});

describe('round 25: a caption over a photographer\'s "Name | Agency" credit after a blank line', () => {
  it.each([
    [
      'A trader works on the floor of the exchange shortly after the opening bell on a Monday morning in New York City.\n\nJane Roe | Zarya Images\n\nShares of Acme fell 14 percent on Tuesday.',
      ['A trader works on the floor of the exchange shortly after the opening bell on a Monday morning in New York City.'],
    ],
    // a bar inside prose is no credit
    ['Shares of Acme fell 14 percent on Tuesday, a day after its results.\n\nRevenue | Profit\n\nThe company said demand was weak.', []],
  ])('%s', (text, expected) => {
    expect(captions(text)).toEqual(expected);
  });
});
