import { Module } from '@nestjs/common';
import { ActionsService } from './actions.service';
import { DefaultFrameworkBootstrap } from './default-framework.bootstrap';
import { ExcellenceController } from './excellence.controller';
import { ExcellenceService } from './excellence.service';
import { FrameworkReferenceController, FrameworksController } from './frameworks.controller';
import { FindingsService } from './findings.service';
import { FrameworksService } from './frameworks.service';
import { PanelService } from './panel.service';
import { ReviewAccessService } from './review-access';
import { ReviewContentController } from './review-content.controller';
import { ReviewStagesService } from './review-stages';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';
import { SelfAssessmentService } from './self-assessment.service';

@Module({
  controllers: [FrameworkReferenceController, FrameworksController, ReviewsController, ReviewContentController, ExcellenceController],
  providers: [
    DefaultFrameworkBootstrap,
    FrameworksService,
    ReviewAccessService,
    ReviewsService,
    PanelService,
    ReviewStagesService,
    SelfAssessmentService,
    FindingsService,
    ActionsService,
    ExcellenceService,
  ],
})
export class ReviewsModule {}
