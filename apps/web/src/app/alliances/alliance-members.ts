import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatChip, MatChipSet } from '@angular/material/chips';
import {
  MatExpansionPanel,
  MatExpansionPanelHeader,
  MatExpansionPanelTitle,
} from '@angular/material/expansion';
import type { AllianceMemberView } from '@alliance/contracts';
import {
  ORGANISATION_KIND_LABELS,
  SCHOOL_PHASE_LABELS,
  countOf,
} from '../shared/labels';

/** The organisations of an alliance: active members first, then those invited; people who left are not listed. */
@Component({
  selector: 'app-alliance-members',
  imports: [
    MatChipSet,
    MatChip,
    MatExpansionPanel,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="plain-list member-list">
      @for (member of sortedMembers(); track member.membershipId) {
        <li class="card">
          <div class="member__header">
            <h3 class="heading-s member__name">{{ member.name }}</h3>
            <mat-chip-set [attr.aria-label]="'Status of ' + member.name">
              @if (member.status === 'invited') {
                <mat-chip class="chip chip--pending">Invited</mat-chip>
              } @else if (member.signedCurrentTerms) {
                <mat-chip class="chip chip--done">Signed terms</mat-chip>
              }
            </mat-chip-set>
          </div>
          <p class="member__facts">
            {{ kindLabels[member.kind] }}
            @if (member.region) {
              <span aria-hidden="true"> · </span
              ><span class="visually-hidden">, </span>{{ member.region }}
            }
            <span aria-hidden="true"> · </span
            ><span class="visually-hidden">, </span
            >{{ schoolCount(member.schools.length) }}
          </p>
          @if (member.schools.length > 0) {
            <mat-expansion-panel class="member__schools">
              <mat-expansion-panel-header>
                <mat-panel-title>Schools of {{ member.name }}</mat-panel-title>
              </mat-expansion-panel-header>
              <div
                class="table-scroll"
                role="region"
                tabindex="0"
                [attr.aria-label]="'Schools of ' + member.name"
              >
                <table class="simple-table">
                  <thead>
                    <tr>
                      <th scope="col">School</th>
                      <th scope="col">Phase</th>
                      <th scope="col">Local authority</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (school of member.schools; track school.id) {
                      <tr>
                        <td>{{ school.name }}</td>
                        <td>{{ phaseLabels[school.phase] }}</td>
                        <td>{{ school.localAuthority ?? 'Not recorded' }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </mat-expansion-panel>
          }
        </li>
      } @empty {
        <li class="empty-state">This alliance has no members yet.</li>
      }
    </ul>
  `,
  styles: `
    .member__header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    .member__name {
      margin: 0;
    }
    .member__facts {
      margin: 0.25rem 0 0.75rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AllianceMembers {
  readonly members = input.required<AllianceMemberView[]>();

  protected readonly kindLabels = ORGANISATION_KIND_LABELS;
  protected readonly phaseLabels = SCHOOL_PHASE_LABELS;
  protected readonly sortedMembers = computed(() =>
    this.members()
      .filter((member) => member.status !== 'left')
      .sort(
        (a, b) =>
          statusOrder(a) - statusOrder(b) ||
          a.name.localeCompare(b.name, 'en-GB'),
      ),
  );

  protected schoolCount(count: number): string {
    return count === 0 ? 'No schools listed' : countOf(count, 'school');
  }
}

function statusOrder(member: AllianceMemberView): number {
  return member.status === 'active' ? 0 : 1;
}
