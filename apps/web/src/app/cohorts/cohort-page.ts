import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  ENROLLER_ROLES,
  ENROLMENT_APPROVER_ROLES,
  type CohortDetail,
  type CohortSessionView,
  type EnrolmentView,
  type SessionMaterialView,
} from '@alliance/contracts';
import { of } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { Clock } from '../shared/clock';
import { EventWhenPipe } from '../events/event-when-pipe';
import { confirmThen } from '../shared/confirm-dialog';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import {
  AddMaterialDialog,
  type AddMaterialDialogData,
} from './add-material-dialog';
import {
  AddSessionDialog,
  type AddSessionDialogData,
} from './add-session-dialog';
import {
  ChangeMentorDialog,
  type ChangeMentorDialogData,
} from './change-mentor-dialog';
import {
  ENROLMENT_STATUS_LABELS,
  SESSION_BOOKING_LABELS,
  hasEnded,
  inductionYearInWords,
  sessionPlaceInWords,
} from './cohort-labels';
import { EnrolDialog, type EnrolDialogData } from './enrol-dialog';
import {
  EnrolmentChangeDialog,
  type EnrolmentChangeDialogData,
} from './enrolment-change-dialog';

const DIALOG_SIZE = {
  width: '36rem',
  maxWidth: 'calc(100vw - 2rem)',
  ariaModal: true,
};

/** One cohort: its details, sessions, members grouped by trust and materials; enrolment for schools and sessions for facilitators. */
@Component({
  selector: 'app-cohort-page',
  imports: [RouterLink, MatButton, EventWhenPipe, LoadError, LoadingIndicator],
  templateUrl: './cohort-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CohortPage {
  /** Route parameter: the cohort. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  protected readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly clock = inject(Clock);

  protected readonly statusLabels = ENROLMENT_STATUS_LABELS;
  protected readonly bookingLabels = SESSION_BOOKING_LABELS;
  protected readonly cohort = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.getCohort(params),
  });
  /** Sessions and members are for people connected to the cohort; others see the summary only. */
  private readonly insiderId = computed(() =>
    this.cohort.hasValue() && this.cohort.value().isInsider
      ? this.cohort.value().id
      : undefined,
  );
  protected readonly sessions = rxResource({
    params: () => this.insiderId(),
    stream: ({ params }) => this.api.listCohortSessions(params),
  });
  protected readonly members = rxResource({
    params: () => this.insiderId(),
    stream: ({ params }) => this.api.listCohortMembers(params),
  });
  protected readonly enrolments = rxResource({
    params: () => (this.cohort.hasValue() ? this.cohort.value().id : undefined),
    stream: ({ params }) =>
      params ? this.api.listCohortEnrolments(params) : of([]),
  });

  protected readonly materials = computed(() =>
    (this.sessions.hasValue() ? this.sessions.value() : []).flatMap((session) =>
      session.materials.map((material) => ({
        ...material,
        topic: session.topic,
      })),
    ),
  );
  /** Live enrolments first, then the history. */
  protected readonly enrolmentRows = computed(() => {
    const all = this.enrolments.hasValue() ? this.enrolments.value() : [];
    const live = (e: EnrolmentView) =>
      e.status === 'active' || e.status === 'requested';
    return [...all.filter(live), ...all.filter((e) => !live(e))];
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.cohort.hasValue())
        title.setTitle(`${this.cohort.value().name} – Alliance`);
    });
  }

  protected yearOf(cohort: CohortDetail): string {
    return inductionYearInWords(cohort.inductionYear);
  }

  protected placeOf(session: CohortSessionView): string {
    return sessionPlaceInWords(session);
  }

  protected isPast(session: CohortSessionView): boolean {
    return hasEnded(session, this.clock.now());
  }

  protected facilitatorsOf(cohort: CohortDetail): string {
    return cohort.facilitators.map((person) => person.name).join(', ');
  }

  private ofMyOrganisation(enrolment: EnrolmentView): boolean {
    return this.session.user()?.organisationId === enrolment.ect.organisationId;
  }

  protected mayWithdraw(
    cohort: CohortDetail,
    enrolment: EnrolmentView,
  ): boolean {
    if (enrolment.status !== 'active' && enrolment.status !== 'requested')
      return false;
    return (
      cohort.canManage ||
      enrolment.ect.id === this.session.user()?.id ||
      (this.ofMyOrganisation(enrolment) &&
        this.session.hasRole(...ENROLLER_ROLES))
    );
  }

  protected mayTransfer(enrolment: EnrolmentView): boolean {
    return (
      enrolment.status === 'active' &&
      this.ofMyOrganisation(enrolment) &&
      this.session.hasRole(...ENROLLER_ROLES)
    );
  }

  /** The API's rule: a CEO, headteacher or mentor of the ECT's organisation, while the enrolment is active. */
  protected mayChangeMentor(enrolment: EnrolmentView): boolean {
    return this.mayTransfer(enrolment);
  }

  protected mayApprove(enrolment: EnrolmentView): boolean {
    return (
      enrolment.status === 'requested' &&
      this.ofMyOrganisation(enrolment) &&
      this.session.hasRole(...ENROLMENT_APPROVER_ROLES)
    );
  }

  protected enrol(cohort: CohortDetail, request?: EnrolmentView): void {
    const user = this.session.user();
    if (!user) return;
    const data: EnrolDialogData = {
      cohortId: cohort.id,
      cohortName: cohort.name,
      organisationId: user.organisationId,
      organisationName: user.organisationName,
      ownUserId: user.id,
      alreadyInCohort: this.enrolmentRows()
        .filter((e) => e.status === 'active' || e.status === 'requested')
        .filter((e) => e.id !== request?.id)
        .map((e) => e.ect.id),
      request: request && {
        enrolmentId: request.id,
        ectName: request.ect.name,
      },
    };
    this.dialog
      .open<EnrolDialog, EnrolDialogData, EnrolmentView>(EnrolDialog, {
        ...DIALOG_SIZE,
        data,
      })
      .afterClosed()
      .subscribe((enrolment) => {
        if (!enrolment) return;
        this.notifier.confirm(
          `${enrolment.ect.name} is enrolled in ${cohort.name}.` +
            (cohort.sessionBooking === 'auto'
              ? ' They have been booked on the sessions to come.'
              : ''),
        );
        this.refresh();
      });
  }

  protected change(
    cohort: CohortDetail,
    enrolment: EnrolmentView,
    kind: 'withdraw' | 'transfer',
  ): void {
    this.dialog
      .open<EnrolmentChangeDialog, EnrolmentChangeDialogData, EnrolmentView>(
        EnrolmentChangeDialog,
        {
          ...DIALOG_SIZE,
          data: { kind, enrolment, allianceId: cohort.allianceId },
        },
      )
      .afterClosed()
      .subscribe((changed) => {
        if (!changed) return;
        this.notifier.confirm(
          kind === 'withdraw'
            ? `${enrolment.ect.name} has been withdrawn from ${cohort.name}.`
            : `${enrolment.ect.name} has moved to ${changed.cohortName}.`,
        );
        this.refresh();
      });
  }

  protected changeMentor(enrolment: EnrolmentView): void {
    this.dialog
      .open<ChangeMentorDialog, ChangeMentorDialogData, EnrolmentView>(
        ChangeMentorDialog,
        { ...DIALOG_SIZE, data: { enrolment } },
      )
      .afterClosed()
      .subscribe((changed) => {
        if (!changed) return;
        this.notifier.confirm(
          `${changed.mentor?.name ?? 'The new mentor'} now mentors ${changed.ect.name}.`,
        );
        this.enrolments.reload();
      });
  }

  protected requestToJoin(cohort: CohortDetail): void {
    confirmThen(this.dialog, {
      title: `Ask to join ${cohort.name}?`,
      paragraphs: [
        'Your headteacher or chief executive will be asked to approve your request and name your mentor.',
        'You will be booked on the sessions once you are enrolled.',
      ],
      confirmLabel: 'Yes, ask to join',
      action: () => this.api.requestToJoinCohort(cohort.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(
        'You have asked to join. We will let your school know.',
      );
      this.refresh();
    });
  }

  protected addSession(cohort: CohortDetail): void {
    this.dialog
      .open<AddSessionDialog, AddSessionDialogData, CohortSessionView>(
        AddSessionDialog,
        {
          ...DIALOG_SIZE,
          data: {
            cohortId: cohort.id,
            cohortName: cohort.name,
            facilitators: cohort.facilitators,
          },
        },
      )
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.confirm(`${created.topic} has been added.`);
        this.sessions.reload();
      });
  }

  protected addMaterial(session: CohortSessionView): void {
    this.dialog
      .open<AddMaterialDialog, AddMaterialDialogData, SessionMaterialView>(
        AddMaterialDialog,
        {
          ...DIALOG_SIZE,
          data: { sessionId: session.id, topic: session.topic },
        },
      )
      .afterClosed()
      .subscribe((added) => {
        if (!added) return;
        this.notifier.confirm(
          `${added.title} has been added to ${session.topic}.`,
        );
        this.sessions.reload();
      });
  }

  protected removeMaterial(
    session: CohortSessionView,
    material: SessionMaterialView,
  ): void {
    confirmThen(this.dialog, {
      title: `Remove ${material.title}?`,
      paragraphs: [
        material.fileName
          ? `The file will be deleted from ${session.topic}, and nobody in the cohort will be able to download it any more.`
          : `The link will no longer be listed with ${session.topic}.`,
      ],
      confirmLabel: 'Yes, remove it',
      dismissLabel: 'Keep it',
      action: () => this.api.removeSessionMaterial(session.id, material.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(
        `${material.title} has been removed from ${session.topic}.`,
      );
      this.sessions.reload();
    });
  }

  private refresh(): void {
    this.cohort.reload();
    this.enrolments.reload();
    this.members.reload();
    this.sessions.reload();
  }
}
