import { Body, Controller, Headers, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Public, SignedIn } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import type { Language } from '../notifications/templates/template';
import { AccountSecurityService, RESET_LINK_MINUTES } from './account-security.service';
import type { AuthenticatedAccount } from './authenticated-account';
import { CurrentAccount } from './current-account.decorator';
import { ChangePasswordRequest, CompletePasswordResetRequest, PasswordResetAnswer, PasswordResetRequest } from './dto/account-security.dto';
import { LoginResponse } from './dto/login.dto';

const RESET_ANSWER = `If an account has this address, a link to set a new password has been sent to it; it works once, for ${RESET_LINK_MINUTES} minutes`;

/** The reset e-mail's language: English when the client prefers it, else Chinese. */
const mailLanguage = (acceptLanguage: string | undefined): Language => (/^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'zh');

/** Change password, "forgot password" by e-mail link, sign out everywhere: for every account kind. */
@ApiTags('auth')
@Controller('auth')
export class AccountSecurityController {
  constructor(private readonly security: AccountSecurityService) {}

  @Post('password')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the password (needs the current one); every other sign-in ends, and a new token is returned for this one' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiBadRequestResponse({ type: ApiError, description: 'The current password is wrong, or the new one breaks a rule (the field is named in `errors`)' })
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'Too many wrong passwords; see Retry-After' })
  changePassword(@Body() body: ChangePasswordRequest, @CurrentAccount() actor: AuthenticatedAccount, @Ip() client: string): Promise<LoginResponse> {
    return this.security.changePassword(actor, body.currentPassword, body.newPassword, client);
  }

  @Post('sign-out-everywhere')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out everywhere: every token and page sign-in issued so far is refused from now on, this one included' })
  @ApiNoContentResponse({ description: 'Signed out everywhere' })
  async signOutEverywhere(@CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    await this.security.signOutEverywhere(actor);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Forgot password: e-mail a single-use link to set a new one',
    description: `Answered the same whether the address has an account or not. The link works once, for ${RESET_LINK_MINUTES} minutes; the e-mail is in English when Accept-Language prefers it.`,
  })
  @ApiAcceptedResponse({ type: PasswordResetAnswer })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'Too many requests for this address or from this client; see Retry-After' })
  requestReset(@Body() body: PasswordResetRequest, @Ip() client: string, @Headers('accept-language') acceptLanguage?: string): PasswordResetAnswer {
    this.security.requestReset(body.email, client, mailLanguage(acceptLanguage));
    return { message: RESET_ANSWER };
  }

  @Post('password-reset/complete')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: "Set a new password with the token of a reset link; the link is used up and every sign-in of the account ends" })
  @ApiNoContentResponse({ description: 'The new password is set; sign in with it' })
  @ApiBadRequestResponse({ type: ApiError, description: 'The new password breaks a rule' })
  @ApiGoneResponse({ type: ApiError, description: 'The link is unknown, expired or already used' })
  async completeReset(@Body() body: CompletePasswordResetRequest): Promise<void> {
    await this.security.completeReset(body.token, body.newPassword);
  }
}
