import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The request id given by pino-http (from X-Request-Id or generated), for audit events. */
export const RequestId = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  const request = ctx.switchToHttp().getRequest<{ raw?: { id?: unknown }; id?: unknown }>();
  const id = request.id ?? request.raw?.id;
  return typeof id === 'string' ? id : undefined;
});
