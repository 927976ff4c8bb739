import { NotAcceptableException } from '@nestjs/common';
import { reportFormat } from './report-format.js';

describe('reportFormat', () => {
  it.each([
    [undefined, 'json'],
    ['*/*', 'json'],
    ['application/json', 'json'],
    ['text/markdown', 'md'],
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'html'],
    ['application/json;q=0.1, text/markdown;q=0.9', 'md'],
    ['text/*', 'md'],
  ])('Accept %s gives %s', (accept, format) => {
    expect(reportFormat(undefined, accept)).toBe(format);
  });

  it('lets ?format= win over Accept', () => {
    expect(reportFormat('html', 'application/json')).toBe('html');
  });

  it.each(['image/png', 'text/markdown;q=0', 'application/xml'])('answers Accept %s with 406', (accept) => {
    expect(() => reportFormat(undefined, accept)).toThrow(NotAcceptableException);
  });
});
