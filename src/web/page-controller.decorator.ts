import { applyDecorators, Controller, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/access/access.decorators';
import { FormCsrfGuard } from './form-csrf.guard';
import { PageExceptionFilter } from './page-exception.filter';

/**
 * A controller of server-rendered pages. @Public because the API's guard reads bearer tokens
 * only; signed-in pages check their own session cookie. Every form is CSRF-checked, errors
 * render as pages, and none of it belongs in the API's OpenAPI document.
 */
export const PageController = (path = '') =>
  applyDecorators(Controller(path), Public(), ApiExcludeController(), UseGuards(FormCsrfGuard), UseFilters(PageExceptionFilter));
