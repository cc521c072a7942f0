import { applyDecorators, Controller, SetMetadata, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PAGE_KEY, Public } from '../common/access/access.decorators';
import { ConsolePageGuard } from './console/console-access.guard';
import { FormCsrfGuard } from './form-csrf.guard';
import { PageExceptionFilter } from './page-exception.filter';

/**
 * A controller of server-rendered pages. @Public because the API's guard reads bearer tokens
 * only; signed-in pages sign in by their cookie. An organizer page declares its permission with
 * the API's decorators (@EditionPermission…), which ConsolePageGuard decides after the CSRF check.
 * Every form is CSRF-checked, errors render as pages, and none of it belongs in the API's OpenAPI document.
 */
export const PageController = (path = '') =>
  applyDecorators(Controller(path), Public(), SetMetadata(PAGE_KEY, true), ApiExcludeController(), UseGuards(FormCsrfGuard, ConsolePageGuard), UseFilters(PageExceptionFilter));
