import { linkListParagraphs } from './link-lists.js';
import { splitParagraphs } from './paragraphs.js';

function links(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  return [...linkListParagraphs(paragraphs)].sort((a, b) => a - b).map((i) => paragraphs[i].text);
}

describe('bulleted link labels standing two or more in a row', () => {
  it.each([
    ['a sidebar of two', 'Collaborate!\n\n• Pillars of writing\n\n• Writing an article\n\nThe ministry said 40 drones were downed.', ['• Pillars of writing', '• Writing an article']],
    ['lines of a list', '• Home\n• World news\n• Business\nThe ministry said 40 drones were downed.', ['• Home', '• World news', '• Business']],
  ])('%s', (_name, text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    ['one bullet alone', '• Writing an article\n\nThe ministry said 40 drones were downed.'],
    ['bullets that are sentences', '• Prices rose.\n• Wages fell.'],
    ['bullets with figures', '• 40 drones downed\n• 2 people injured'],
    ['bullets that run long', '• Sanctions also target officials involved in last year’s sham referendums\n• Officials in the annexed regions are named too'],
  ])('keeps %s', (_name, text) => {
    expect(links(text)).toEqual([]);
  });
});
