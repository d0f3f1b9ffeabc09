import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AttachmentView, SessionUser } from '@alliance/contracts';
import type { Response } from 'express';
import { CurrentUser } from '../core/access/current-user.decorator';
import { UploadedFile } from '../files/uploaded-file.decorator';
import { UploadedDocument, UploadInterceptor } from '../files/upload.interceptor';
import { NeedAttachmentsService } from './need-attachments.service';

@ApiTags('procurement')
@Controller('procurement/needs/:needId/attachments')
export class NeedAttachmentsController {
  constructor(private readonly attachments: NeedAttachmentsService) {}

  /** Adds a specification document (multipart/form-data, field `file`); the posting organisation only. */
  @Post()
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  upload(@CurrentUser() user: SessionUser, @Param('needId', ParseUUIDPipe) needId: string, @UploadedFile() file: UploadedDocument): Promise<AttachmentView> {
    return this.attachments.upload(user, needId, file);
  }

  @Get(':attachmentId')
  @ApiProduces('application/octet-stream')
  download(
    @CurrentUser() user: SessionUser,
    @Param('needId', ParseUUIDPipe) needId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Res() response: Response,
  ): Promise<void> {
    return this.attachments.download(user, needId, attachmentId, response);
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  remove(@CurrentUser() user: SessionUser, @Param('needId', ParseUUIDPipe) needId: string, @Param('attachmentId', ParseUUIDPipe) attachmentId: string): Promise<void> {
    return this.attachments.remove(user, needId, attachmentId);
  }
}
