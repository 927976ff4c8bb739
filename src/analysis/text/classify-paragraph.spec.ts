import { classifyParagraph } from './classify-paragraph.js';

describe('page furniture', () => {
  it.each([
    ['Listen to this article', 'boilerplate'],
    ['Your browser does not support the audio element.', 'boilerplate'],
    ['Ukrainian soldiers fire a howitzer near Bakhmut, Dec. 20, 2022. (AP Photo/LIBKOS)', 'boilerplate'],
    ['People queue for water in Kherson. REUTERS/Vladyslav Smilianets', 'boilerplate'],
    ['Photo by Jane Roe, licensed under CC BY-SA 4.0.', 'boilerplate'],
    ['Download our app to get alerts on the go.', 'boilerplate'],
    ['Become a member and support independent journalism.', 'boilerplate'],
    ['For full coverage of the crisis in Ukraine, visit our live page.', 'boilerplate'],
    ['Market data is delayed by at least 15 minutes and is not investment advice.', 'boilerplate'],
    ['May 3, 2024 - 17:54', 'boilerplate'],
    ['Updated: 1 hour 30 min ago', 'boilerplate'],
    ['- VOA News, August 6, 2015', 'boilerplate'],
    ['11:05 p.m. EST', 'boilerplate'],
    ['All times EST.', 'boilerplate'],
    ['Jane Roe is a senior correspondent for the Daily Planet, covering energy and climate.', 'boilerplate'],
    ['Voice of America is an international news and broadcast organization serving 40 countries.', 'boilerplate'],
    ['(See tables A-1 and A-2.)', 'boilerplate'],
    ['Editor’s Note: This post highlights data from work in progress.', 'boilerplate'],
    ['VOA’s Anna Kosstutschenko reports.', 'byline'],
  ])('%s', (text, reason) => {
    expect(classifyParagraph(text, false)).toBe(reason);
  });

  it.each([
    'The ministry said 40 drones were shot down overnight, and two people were injured.',
    'Countries that sign up to the treaty will donate $5 million to the fund, officials said.',
    'The photo was taken on May 3, 2024, the agency said.',
    'Jane Roe is a reporter who was detained in Minsk last week, her employer said.',
    'Reuters reported that talks would resume on Monday.',
  ])('keeps prose: %s', (text) => {
    expect(classifyParagraph(text, false)).toBeUndefined();
  });
});
