import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedAccount } from '../auth/authenticated-account';
import { CurrentAccount } from '../auth/current-account.decorator';
import { BrandPermission, GlobalPermission, Public } from '../common/access/access.decorators';
import { BRAND_PARAM } from '../common/access/permission-target';
import { ApiError } from '../common/dto/api-error.dto';
import { SlugParamPipe } from '../common/pipes/slug-param.pipe';
import { BrandsService } from './brands.service';
import { BrandDto } from './dto/brand.dto';
import { CreateBrandRequest, UpdateBrandRequest } from './dto/brand-write.dto';

@ApiTags('brands')
@Controller('brands')
export class BrandsController {
  constructor(private readonly brandsService: BrandsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The brand conference series, each with its public editions, newest first' })
  @ApiOkResponse({ type: [BrandDto] })
  findAll(): Promise<BrandDto[]> {
    return this.brandsService.findAll();
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'One brand with its public editions' })
  @ApiParam({ name: 'slug', example: 'integrity' })
  @ApiOkResponse({ type: BrandDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiBadRequestResponse({ type: ApiError })
  findOne(@Param('slug', SlugParamPipe) slug: string): Promise<BrandDto> {
    return this.brandsService.findBySlug(slug);
  }

  @Post()
  @GlobalPermission('edit_edition')
  @ApiOperation({ summary: 'Create a brand (conference series)' })
  @ApiCreatedResponse({ type: BrandDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  create(@Body() body: CreateBrandRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<BrandDto> {
    return this.brandsService.create(body, actor);
  }

  @Patch(':slug')
  @BrandPermission('edit_edition', BRAND_PARAM)
  @ApiOperation({ summary: 'Change a brand’s names or description (its slug is permanent)' })
  @ApiOkResponse({ type: BrandDto })
  @ApiBadRequestResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  update(@Param('slug', SlugParamPipe) slug: string, @Body() body: UpdateBrandRequest, @CurrentAccount() actor: AuthenticatedAccount): Promise<BrandDto> {
    return this.brandsService.update(slug, body, actor);
  }

  @Delete(':slug')
  @BrandPermission('edit_edition', BRAND_PARAM)
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a brand that has no edition (otherwise 409)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError })
  @ApiNotFoundResponse({ type: ApiError })
  remove(@Param('slug', SlugParamPipe) slug: string, @CurrentAccount() actor: AuthenticatedAccount): Promise<void> {
    return this.brandsService.remove(slug, actor);
  }
}
