import { MigrationInterface } from 'typeorm';
import { Foundation1795438776166 } from './1795438776166-Foundation';
import { TrainingEvents1795441337186 } from './1795441337186-TrainingEvents';
import { GiasRegister1795442738624 } from './1795442738624-GiasRegister';
import { Procurement1795445149531 } from './1795445149531-Procurement';
import { Networks1795446918000 } from './1795446918000-Networks';
import { ProcurementRadar1795447006466 } from './1795447006466-ProcurementRadar';
import { Cohorts1795447699517 } from './1795447699517-Cohorts';
import { PeerReviews1795448408977 } from './1795448408977-PeerReviews';
import { CohortMaterialFiles1795450744481 } from './1795450744481-CohortMaterialFiles';
import { LibraryResourceFiles1795451621205 } from './1795451621205-LibraryResourceFiles';
import { ExcellenceAreas1795457903620 } from './1795457903620-ExcellenceAreas';
import { CohortMaterialFileIndex1795462033549 } from './1795462033549-CohortMaterialFileIndex';

/** Every migration, oldest first. `npm run db:migration:generate --name=<Name>` writes a file here; add it to this list. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795438776166,
  TrainingEvents1795441337186,
  GiasRegister1795442738624,
  Procurement1795445149531,
  Networks1795446918000,
  ProcurementRadar1795447006466,
  Cohorts1795447699517,
  PeerReviews1795448408977,
  CohortMaterialFiles1795450744481,
  LibraryResourceFiles1795451621205,
  ExcellenceAreas1795457903620,
  CohortMaterialFileIndex1795462033549,
];
