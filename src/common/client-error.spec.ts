import { clientErrorAnswer } from './client-error.js';

describe('clientErrorAnswer', () => {
  // Fastify's own answer said "Client Error" for every fault.
  it('says what was wrong with bytes that never became a request', () => {
    expect(clientErrorAnswer('HPE_INVALID_TRANSFER_ENCODING')).toEqual({
      status: 400,
      message: 'the request is not valid HTTP/1.1 (its request line, a header, or how its body is framed)',
    });
    expect(clientErrorAnswer('HPE_HEADER_OVERFLOW')).toEqual({ status: 431, message: expect.stringMatching(/^the request line and headers, the URL included, are larger than \d+ bytes$/) });
    expect(clientErrorAnswer('ERR_HTTP_REQUEST_TIMEOUT')).toEqual({ status: 408, message: expect.stringContaining('HTTP_REQUEST_TIMEOUT_MS') });
  });
});
