import type { ApiBodyOptions } from '@nestjs/swagger';

// Whole request bodies for the docs. Built from the properties' own examples,
// a client (Swagger UI's "Try it out" among them) sent text and html together,
// which the service refuses: these give one of the two, as a newsroom does.

type Examples = NonNullable<Extract<ApiBodyOptions, { schema: unknown }>['examples']>;

const TEXT =
  'IA Fact, referring to The Wall Street Journal, reported that North Korea has sent 10,000 troops to Russia. ' +
  'According to Reuters, the troops arrived in October 2024.';

const asText = { text: TEXT, title: 'The Alliance of Despair', url: 'https://example.org/news/alliance-of-despair', publishedAt: '2024-11-05T08:30:00Z' };
const asHtml = {
  html: `<html><head><title>The Alliance of Despair</title></head><body><article><h1>The Alliance of Despair</h1><p>${TEXT}</p></article></body></html>`,
  url: 'https://example.org/news/alliance-of-despair',
};

export const SUBMIT_ARTICLE_EXAMPLES: Examples = {
  text: { summary: 'Plain text', value: { ...asText, externalId: 'cms:4711' } },
  html: { summary: 'An HTML page (the article text is extracted)', value: { ...asHtml, externalId: 'cms:4712' } },
};

export const REVISE_ARTICLE_EXAMPLES: Examples = {
  text: { summary: 'Plain text', value: { ...asText, text: `${TEXT} The figure was later revised.` } },
  html: { summary: 'An HTML page (the article text is extracted)', value: asHtml },
};
