import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthService } from './auth.service.js';
import { Public } from './decorators.js';
import { AccessTokenView, LoginDto } from './dto/login.dto.js';
import { LoginRateLimit } from './rate-limit/rate-limit.guard.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @LoginRateLimit()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange email and password for a signed access token (JWT)' })
  @ApiOkResponse({ type: AccessTokenView })
  @ApiUnauthorizedResponse({ description: 'Invalid email or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many login attempts from this address; see Retry-After' })
  login(@Body() body: LoginDto): Promise<AccessTokenView> {
    return this.auth.login(body.email, body.password);
  }
}
