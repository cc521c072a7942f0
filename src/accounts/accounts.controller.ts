import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { OrganizerOnly } from '../common/access/access.decorators';
import { ApiError } from '../common/dto/api-error.dto';
import { AccountsService } from './accounts.service';
import { AccountDto } from './dto/account.dto';
import { CreateAccountRequest } from './dto/create-account.dto';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accountsService: AccountsService) {}

  @Post()
  @OrganizerOnly()
  @ApiOperation({ summary: 'Create an organizer account, or a partner account bound to one organization' })
  @ApiCreatedResponse({ type: AccountDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The email already has an account' })
  create(@Body() body: CreateAccountRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<AccountDto> {
    return this.accountsService.create(body, actor);
  }

  @Get()
  @OrganizerOnly()
  @ApiOperation({ summary: 'Every account' })
  @ApiOkResponse({ type: [AccountDto] })
  list(): Promise<AccountDto[]> {
    return this.accountsService.list();
  }
}
