import { Module } from '@nestjs/common';
import { NeedQuestionsService } from './need-questions.service';
import { NeedQuestionsController, ProcurementNeedsController } from './procurement.controller';
import { ProcurementService } from './procurement.service';

@Module({
  controllers: [ProcurementNeedsController, NeedQuestionsController],
  providers: [ProcurementService, NeedQuestionsService],
})
export class ProcurementModule {}
