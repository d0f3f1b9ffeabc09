import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type {
  AllianceMemberView,
  TermsOfReferenceView,
} from '@alliance/contracts';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';

/** The current terms of reference: the text, who has signed them, and which members have not yet. */
@Component({
  selector: 'app-terms-of-reference',
  imports: [LondonDatePipe, ParagraphsPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="caption">
      Version {{ terms().version }}, published on
      {{ terms().publishedAt | londonDate }} by {{ terms().publishedByName }}
    </p>
    <div
      class="terms-body"
      role="region"
      tabindex="0"
      aria-label="Text of the terms of reference"
    >
      @for (paragraph of terms().body | paragraphs; track $index) {
        <p class="prose">{{ paragraph }}</p>
      }
    </div>

    <h3 class="heading-s">Signed by</h3>
    @if (terms().signatures.length > 0) {
      <ul class="signature-list">
        @for (signature of terms().signatures; track signature.organisationId) {
          <li>
            <strong>{{ signature.organisationName }}</strong
            >: signed by {{ signature.signedByName }} on
            {{ signature.signedAt | londonDate }}
          </li>
        }
      </ul>
    } @else {
      <p class="empty-state">No member has signed this version yet.</p>
    }

    @if (awaiting().length > 0) {
      <h3 class="heading-s">Not signed yet</h3>
      <ul class="signature-list">
        @for (member of awaiting(); track member.membershipId) {
          <li>{{ member.name }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .terms-body {
      max-height: 28rem;
      overflow-y: auto;
      padding: 0 1rem;
      border-left: 4px solid var(--mat-sys-outline-variant);
    }
    .signature-list {
      padding-left: 1.25rem;
    }
  `,
})
export class TermsOfReference {
  readonly terms = input.required<TermsOfReferenceView>();
  readonly members = input.required<AllianceMemberView[]>();

  protected readonly awaiting = computed(() => {
    const signed = new Set(
      this.terms().signatures.map((signature) => signature.organisationId),
    );
    return this.members().filter(
      (member) =>
        member.status === 'active' && !signed.has(member.organisationId),
    );
  });
}
