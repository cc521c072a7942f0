import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { AnywherePermission, GlobalPermission } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { IdParamPipe } from '../common/pipes/id-param.pipe';
import { AccountsService } from './accounts.service';
import { AccountDto } from './dto/account.dto';
import { CreateAccountRequest } from './dto/create-account.dto';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accountsService: AccountsService) {}

  @Post()
  @AnywherePermission('manage_team')
  @ApiOperation({ summary: 'Create an organizer account, or a partner account bound to one organization' })
  @ApiCreatedResponse({ type: AccountDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The email already has an account' })
  create(@Body() body: CreateAccountRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<AccountDto> {
    return this.accountsService.create(body, actor);
  }

  @Get()
  @AnywherePermission('manage_team')
  @ApiOperation({ summary: 'Every account' })
  @ApiOkResponse({ type: [AccountDto] })
  list(): Promise<AccountDto[]> {
    return this.accountsService.list();
  }

  @Post(':id/disable')
  @GlobalPermission('manage_team')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account: it cannot sign in, and every token it holds is refused at once (409 for your own account or the last enabled organizer)' })
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  disable(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<AccountDto> {
    return this.accountsService.setDisabled(id, true, actor);
  }

  @Post(':id/enable')
  @GlobalPermission('manage_team')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable a disabled account again (its tokens from before stay refused: it signs in anew)' })
  @ApiOkResponse({ type: AccountDto })
  @ApiNotFoundResponse({ type: ApiError })
  enable(@Param('id', IdParamPipe) id: number, @CurrentAccount() actor: AuthenticatedAccount): Promise<AccountDto> {
    return this.accountsService.setDisabled(id, false, actor);
  }
}
