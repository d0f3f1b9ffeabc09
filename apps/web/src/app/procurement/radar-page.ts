import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { RADAR_MIN_TRUSTS, type RadarFigures } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { allianceChoice } from '../shared/alliance-choice';
import { formatPlainDate, quarterLabel } from '../shared/plain-date';
import { mayActForOrganisation } from './procurement-permissions';
import { categoryLabel, radarFiguresInWords } from './procurement-labels';

/** Anonymous totals of the alliance's members' contracts ending soon, by category and quarter. */
@Component({
  selector: 'app-radar-page',
  imports: [
    RouterLink,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    LoadError,
    LoadingIndicator,
  ],
  templateUrl: './radar-page.html',
  styleUrl: './procurement-tables.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RadarPage {
  /** Query parameter: which of the person's alliances (the first when absent). */
  readonly alliance = input<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);

  protected readonly minimumTrusts = RADAR_MIN_TRUSTS;
  protected readonly choice = allianceChoice(this.alliance);
  protected readonly mayRecord = computed(() =>
    mayActForOrganisation(this.session),
  );
  protected readonly radar = rxResource({
    params: () => this.choice.selected()?.id,
    stream: ({ params: allianceId }) => this.api.getContractRadar(allianceId),
  });
  /** Categories with something to show; the rest are named in one sentence. */
  protected readonly rows = computed(() =>
    (this.radar.value()?.rows ?? []).filter((row) => row.total !== null),
  );
  protected readonly quietCategories = computed(() =>
    (this.radar.value()?.rows ?? [])
      .filter((row) => row.total === null)
      .map((row) => categoryLabel(row.category)),
  );

  protected quarter(quarterStart: string): string {
    return quarterLabel(quarterStart);
  }

  protected category(category: Parameters<typeof categoryLabel>[0]): string {
    return categoryLabel(category);
  }

  protected figures(figures: RadarFigures | null): string {
    return figures
      ? radarFiguresInWords(figures)
      : `Fewer than ${RADAR_MIN_TRUSTS} trusts`;
  }

  protected date(date: string): string {
    return formatPlainDate(date);
  }

  protected list(labels: string[]): string {
    return labels.length <= 1
      ? labels.join('')
      : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
  }
}
