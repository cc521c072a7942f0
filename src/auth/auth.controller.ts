import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AccountDto } from '../accounts/dto/account.dto';
import { Public, SignedIn } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { AuthService } from './auth.service';
import type { AuthenticatedAccount } from './authenticated-account';
import { CurrentAccount } from './current-account.decorator';
import { LoginRequest, LoginResponse } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly authService: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; returns a bearer token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiUnauthorizedResponse({ type: ApiError, description: 'Wrong email or password' })
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'Too many failed sign-ins; see Retry-After' })
  login(@Body() body: LoginRequest, @Ip() address: string): Promise<LoginResponse> {
    return this.authService.login(body, address);
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: AccountDto })
  me(@CurrentAccount() actor: AuthenticatedAccount): Promise<AccountDto> {
    return this.authService.me(actor);
  }
}
