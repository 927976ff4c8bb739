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

describe('round 37: dash-led headlines ending the page with no heading over them', () => {
  it('sets aside three or more closing the page', () => {
    const text = 'The commission said 15 patients were in a severe condition.\n\n- China publishes a dictionary\n\n- Gansu sets up team to probe lead levels\n\n- SCO meeting to be held in Tianjin\n';
    expect(links(text)).toEqual(['- China publishes a dictionary', '- Gansu sets up team to probe lead levels', '- SCO meeting to be held in Tianjin']);
  });
  it.each([
    // two only, and a dashed list followed by prose (pass on both)
    ['two', 'The commission said 15 patients were hurt.\n\n- China publishes a dictionary\n\n- SCO meeting to be held in Tianjin\n'],
    ['a list inside the story', 'The plan has three parts:\n\n- new roads in the north\n\n- a rail link to the port\n\n- a bridge over the river\n\nThe ministry said the work would start in May.'],
  ])('keeps %s', (_name, text) => {
    expect(links(text)).toEqual([]);
  });
});
