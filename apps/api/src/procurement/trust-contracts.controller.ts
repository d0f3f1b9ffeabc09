import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CreateTrustContractDto, Page, PageQueryDto, SessionUser, TrustContractView, UpdateTrustContractDto } from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { TrustContractsService } from './trust-contracts.service';

@ApiTags('procurement')
@Controller('procurement/contracts')
export class TrustContractsController {
  constructor(private readonly contracts: TrustContractsService) {}

  /** The signed-in person's trust's current contracts: private to the trust. */
  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: PageQueryDto): Promise<Page<TrustContractView>> {
    return this.contracts.list(user, query);
  }

  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateTrustContractDto): Promise<TrustContractView> {
    return this.contracts.create(user, dto);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTrustContractDto): Promise<TrustContractView> {
    return this.contracts.update(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.contracts.remove(user, id);
  }
}
