import { Module } from '@nestjs/common';
import { CategoryFollowsService } from './category-follows.service';
import { NeedAttachmentsService } from './need-attachments.service';
import { NeedNotifications } from './need-notifications';
import { NeedQuestionsService } from './need-questions.service';
import { NeedAttachmentsController } from './need-attachments.controller';
import { ProcurementInsightsController } from './procurement-insights.controller';
import { TrustContractsController } from './trust-contracts.controller';
import { NeedQuestionsController, ProcurementNeedsController } from './procurement.controller';
import { ProcurementInsightsService } from './procurement-insights.service';
import { ProcurementService } from './procurement.service';
import { TrustContractsService } from './trust-contracts.service';

@Module({
  controllers: [ProcurementNeedsController, NeedQuestionsController, NeedAttachmentsController, TrustContractsController, ProcurementInsightsController],
  providers: [ProcurementService, NeedQuestionsService, NeedAttachmentsService, NeedNotifications, TrustContractsService, ProcurementInsightsService, CategoryFollowsService],
})
export class ProcurementModule {}
