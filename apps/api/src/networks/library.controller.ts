import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  CreateCommentDto,
  CreateResourceDto,
  HelpfulMark,
  Page,
  PublicResourceView,
  ResourceCommentView,
  ResourceDetail,
  ResourceSearchQueryDto,
  ResourceSearchResult,
  ResourceVersionView,
  SessionUser,
  UpdateResourceDto,
} from '@alliance/contracts';
import { Public } from '../core/access/allow.decorator';
import { CurrentUser } from '../core/access/current-user.decorator';
import { UploadedFile } from '../files/uploaded-file.decorator';
import { UploadedDocument, UploadInterceptor } from '../files/upload.interceptor';
import { LibraryService } from './library.service';

@ApiTags('library')
@Controller('library')
export class LibraryController {
  constructor(private readonly library: LibraryService) {}

  /** Full-text search (websearch syntax) with highlights, filters and sorting. */
  @Get('resources')
  search(@CurrentUser() user: SessionUser, @Query() query: ResourceSearchQueryDto): Promise<Page<ResourceSearchResult>> {
    return this.library.search(user, query);
  }

  @Post('resources')
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateResourceDto): Promise<ResourceDetail> {
    return this.library.create(user, dto);
  }

  @Get('resources/:id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ResourceDetail> {
    return this.library.detail(user, id);
  }

  @Patch('resources/:id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateResourceDto): Promise<ResourceDetail> {
    return this.library.update(user, id, dto);
  }

  @Delete('resources/:id')
  @HttpCode(204)
  remove(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.library.remove(user, id);
  }

  /** Earlier versions, newest first. */
  /** Attaches a file (multipart/form-data, field `file`); the publisher and the coordinator only. */
  @Post('resources/:id/files')
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  addFile(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @UploadedFile() file: UploadedDocument): Promise<ResourceDetail> {
    return this.library.addFile(user, id, file);
  }

  /** A file the resource has now or had in an earlier version. */
  @Get('resources/:id/files/:fileId')
  @ApiProduces('application/octet-stream')
  downloadFile(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('fileId', ParseUUIDPipe) fileId: string,
    @Res() response: Response,
  ): Promise<void> {
    return this.library.downloadFile(user, id, fileId, response);
  }

  /** Takes a file off the resource, keeping it in the version history. */
  @Delete('resources/:id/files/:fileId')
  removeFile(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Param('fileId', ParseUUIDPipe) fileId: string): Promise<ResourceDetail> {
    return this.library.removeFile(user, id, fileId);
  }

  @Get('resources/:id/versions')
  versions(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ResourceVersionView[]> {
    return this.library.versions(user, id);
  }

  /** "This helped me". */
  @Post('resources/:id/helpful')
  @HttpCode(200)
  markHelpful(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<HelpfulMark> {
    return this.library.markHelpful(user, id, true);
  }

  @Delete('resources/:id/helpful')
  unmarkHelpful(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<HelpfulMark> {
    return this.library.markHelpful(user, id, false);
  }

  @Get('resources/:id/comments')
  comments(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<ResourceCommentView[]> {
    return this.library.comments(user, id);
  }

  @Post('resources/:id/comments')
  addComment(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateCommentDto): Promise<ResourceCommentView> {
    return this.library.addComment(user, id, dto);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  removeComment(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.library.removeComment(user, id);
  }
}

/** Resources their publishers opened to the wider sector: no sign-in, no personal data. */
@ApiTags('library')
@Controller('public/library')
export class PublicLibraryController {
  constructor(private readonly library: LibraryService) {}

  @Public()
  @Get('resources/:id')
  resource(@Param('id', ParseUUIDPipe) id: string): Promise<PublicResourceView> {
    return this.library.publicView(id);
  }
}
