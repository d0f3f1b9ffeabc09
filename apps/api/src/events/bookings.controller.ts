import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AttendeeView, MarkAttendanceDto, SessionUser } from '@alliance/contracts';
import { CurrentUser } from '../core/access/current-user.decorator';
import { BookingsService } from './bookings.service';

@ApiTags('events')
@Controller('bookings/:id')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Delete()
  @HttpCode(204)
  cancel(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.bookings.cancel(user, id);
  }

  @Put('attendance')
  markAttendance(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MarkAttendanceDto): Promise<AttendeeView> {
    return this.bookings.markAttendance(user, id, dto.attendance);
  }
}
