import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import {
  ActivatedRouteSnapshot,
  Router,
  type RouterStateSnapshot,
  provideRouter,
} from '@angular/router';
import {
  DESCRIPTOR_MAX_LENGTH,
  type FrameworkDetail,
  type SessionUser,
  type UpdateFrameworkDto,
} from '@alliance/contracts';
import { firstValueFrom, isObservable } from 'rxjs';
import {
  aSessionUser,
  buttonNamed,
  pageText,
  query,
  settle,
  textOf,
} from '../../../testing/test-helpers';
import { SessionStore } from '../../core/session/session-store';
import { aFramework } from '../review-test-data';
import { FrameworkEditorPage } from './framework-editor-page';
import { confirmLeavingUnsavedChanges } from './unsaved-changes-guard';

const COORDINATOR = aSessionUser({
  id: 'user-coordinator',
  email: 'coordinator@alliance.test',
  organisationId: 'org-harbour',
  organisationName: 'Harbour Teaching School Hub',
  roles: ['staff'],
  coordinatorOfAllianceIds: ['alliance-1'],
});

/** The alliance's copy: two areas, the first with two criteria, the second with one. */
function aCopy(overrides: Partial<FrameworkDetail> = {}): FrameworkDetail {
  const base = aFramework();
  return {
    ...base,
    id: 'framework-2',
    familyId: 'framework-2',
    allianceId: 'alliance-1',
    name: 'Better Together peer review',
    description: 'Our own framework.',
    inUse: false,
    areas: [
      base.areas[0],
      {
        id: 'area-2',
        position: 2,
        title: 'Workforce',
        description: '',
        criteria: [
          {
            id: 'criterion-3',
            position: 1,
            title: 'Workload and wellbeing',
            descriptors: ['Unknown', 'Surveyed', 'Acted on', 'Sustained'],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** What saving the copy unchanged sends. */
function unchangedBody(): UpdateFrameworkDto {
  return {
    name: 'Better Together peer review',
    description: 'Our own framework.',
    areas: [
      {
        title: 'Governance and leadership',
        description: 'How the trust is led.',
        criteria: [
          {
            title: 'Trustees hold leaders to account',
            descriptors: [
              'Trustees rarely challenge',
              'Trustees challenge sometimes',
              'Trustees challenge well',
              'Trustees challenge and others learn from them',
            ],
          },
          {
            title: 'Clear scheme of delegation',
            descriptors: ['None', 'Draft', 'Agreed', 'Agreed and reviewed'],
          },
        ],
      },
      {
        title: 'Workforce',
        description: '',
        criteria: [
          {
            title: 'Workload and wellbeing',
            descriptors: ['Unknown', 'Surveyed', 'Acted on', 'Sustained'],
          },
        ],
      },
    ],
  };
}

describe('FrameworkEditorPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<FrameworkEditorPage>;
  let navigate: jest.SpyInstance;

  async function open(
    framework: FrameworkDetail = aCopy(),
    user: SessionUser = COORDINATOR,
  ) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).startSession(user);
    navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    fixture = TestBed.createComponent(FrameworkEditorPage);
    fixture.componentRef.setInput('id', framework.id);
    await settle();
    http
      .expectOne(`/api/reference/review-frameworks/${framework.id}`)
      .flush(framework);
    await settle();
  }

  function type(selector: string, value: string) {
    const input = query<HTMLInputElement | HTMLTextAreaElement>(
      fixture,
      selector,
    );
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function valueOf(selector: string): string {
    return query<HTMLInputElement | HTMLTextAreaElement>(fixture, selector)
      .value;
  }

  /** Saves and returns the body of the PUT, answering it with `saved`. */
  async function saveAndAnswer(
    saved: FrameworkDetail = aCopy(),
  ): Promise<UpdateFrameworkDto> {
    buttonNamed('Save the framework').click();
    await settle();
    const request = http.expectOne('/api/review-frameworks/framework-2');
    expect(request.request.method).toBe('PUT');
    const body = request.request.body as UpdateFrameworkDto;
    request.flush(saved);
    await settle();
    return body;
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('loads the framework into the form, in order', async () => {
    const copy = aCopy();
    copy.areas[0].criteria.reverse();
    await open(copy);

    expect(valueOf('#framework-name')).toBe('Better Together peer review');
    expect(valueOf('#framework-description')).toBe('Our own framework.');
    expect(valueOf('#area-1-title')).toBe('Governance and leadership');
    expect(valueOf('#area-1-description')).toBe('How the trust is led.');
    expect(valueOf('#criterion-1-1-title')).toBe(
      'Trustees hold leaders to account',
    );
    expect(valueOf('#criterion-1-2-title')).toBe('Clear scheme of delegation');
    expect(valueOf('#criterion-1-2-rating-4')).toBe('Agreed and reviewed');
    expect(valueOf('#area-2-title')).toBe('Workforce');
    const labels = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll(
        'label[for="criterion-1-1-rating-1"], label[for="criterion-1-1-title"]',
      ),
    ).map((label) => label.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels).toEqual([
      'Title of criterion 1.1',
      '1 – Getting started for criterion 1.1',
    ]);
  });

  it('saves the changes and shows the framework', async () => {
    await open();
    type('#criterion-1-1-title', '  Trustees hold leaders to account well ');
    type('#criterion-2-1-rating-2', 'Surveyed each year');
    await settle();

    const body = await saveAndAnswer();

    const expected = unchangedBody();
    expected.areas[0].criteria[0].title =
      'Trustees hold leaders to account well';
    expected.areas[1].criteria[0].descriptors[1] = 'Surveyed each year';
    expect(body).toEqual(expected);
    expect(navigate).toHaveBeenCalledWith([
      '/reviews/frameworks',
      'framework-2',
    ]);
    expect(pageText()).toContain(
      'Your changes to the framework have been saved.',
    );
  });

  it('says when the changes were saved as a new version because reviews use the old one', async () => {
    await open(aCopy({ version: 2, inUse: true }));
    expect(textOf(fixture)).toContain(
      'Reviews already use version 2, so your changes will be saved as version 3.',
    );

    await saveAndAnswer(aCopy({ id: 'framework-7', version: 3 }));

    expect(navigate).toHaveBeenCalledWith([
      '/reviews/frameworks',
      'framework-7',
    ]);
    expect(pageText()).toContain(
      'Reviews already use version 2, so your changes are saved as version 3. Reviews that have started keep the version they began with.',
    );
  });

  it('lists what is wrong, with links to the fields, before sending anything', async () => {
    await open();
    type('#framework-name', '  ');
    type('#criterion-1-2-title', '');
    type('#criterion-2-1-rating-3', 'x'.repeat(DESCRIPTOR_MAX_LENGTH + 1));
    await settle();

    buttonNamed('Save the framework').click();
    await settle();

    const summary = query(fixture, '.error-summary');
    expect(summary.textContent).toContain('Enter a name for the framework');
    expect(summary.textContent).toContain('Enter a title for criterion 1.2');
    expect(summary.textContent).toContain(
      `What ‘Established’ looks like for criterion 2.1 must be ${DESCRIPTOR_MAX_LENGTH} characters or fewer`,
    );
    expect(
      summary.querySelector('a[href="#criterion-1-2-title"]'),
    ).not.toBeNull();
    const fieldErrors = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll('mat-error'),
    ).map((error) => error.textContent?.trim());
    expect(fieldErrors).toEqual([
      'Enter a name for the framework',
      'Enter a title for criterion 1.2',
      `What ‘Established’ looks like for criterion 2.1 must be ${DESCRIPTOR_MAX_LENGTH} characters or fewer`,
    ]);
  });

  it('adds a criterion and an area, each with four descriptors, to what is saved', async () => {
    await open();

    buttonNamed('Add a criterion to area 1').click();
    await settle();
    expect(document.activeElement?.id).toBe('criterion-1-3-title');
    type('#criterion-1-3-title', 'Trustees know the schools');
    type('#criterion-1-3-rating-1', 'Rarely visit');
    type('#criterion-1-3-rating-2', 'Visit sometimes');
    type('#criterion-1-3-rating-3', 'Visit termly');
    type('#criterion-1-3-rating-4', 'Visit with purpose');

    buttonNamed('Add an area').click();
    await settle();
    expect(document.activeElement?.id).toBe('area-3-title');
    type('#area-3-title', 'Finance');
    type('#criterion-3-1-title', 'Reserves');
    ['Low', 'Adequate', 'Healthy', 'Planned'].forEach((descriptor, index) =>
      type(`#criterion-3-1-rating-${index + 1}`, descriptor),
    );
    await settle();

    const body = await saveAndAnswer();

    const expected = unchangedBody();
    expected.areas[0].criteria.push({
      title: 'Trustees know the schools',
      descriptors: [
        'Rarely visit',
        'Visit sometimes',
        'Visit termly',
        'Visit with purpose',
      ],
    });
    expected.areas.push({
      title: 'Finance',
      description: '',
      criteria: [
        {
          title: 'Reserves',
          descriptors: ['Low', 'Adequate', 'Healthy', 'Planned'],
        },
      ],
    });
    expect(body).toEqual(expected);
  });

  it('moves areas and criteria up and down, keeping focus on the moved item', async () => {
    await open();

    buttonNamed('Move down criterion 1.1').click();
    await settle();
    // The moved criterion is now last, so focus goes to its other button.
    expect(document.activeElement?.id).toBe('criterion-1-2-move-up');
    expect(pageText()).toContain(
      'Criterion “Trustees hold leaders to account” moved down to 1.2.',
    );

    buttonNamed('Move up area 2, Workforce').click();
    await settle();
    expect(document.activeElement?.id).toBe('area-1-move-down');

    const body = await saveAndAnswer();

    const expected = unchangedBody();
    const [governance, workforce] = expected.areas;
    governance.criteria.reverse();
    expected.areas = [workforce, governance];
    expect(body).toEqual(expected);
  });

  it('asks before removing an area with content, and removes an empty criterion at once', async () => {
    await open();

    buttonNamed('Add a criterion to area 2').click();
    await settle();
    buttonNamed('Remove criterion 2.2').click();
    await settle();
    expect(document.querySelector('mat-dialog-container')).toBeNull();

    buttonNamed('Remove area 1, Governance and leadership').click();
    await settle();
    expect(pageText()).toContain('Remove area 1, Governance and leadership?');
    buttonNamed('Go back').click();
    await settle();
    expect(valueOf('#area-1-title')).toBe('Governance and leadership');

    buttonNamed('Remove area 1, Governance and leadership').click();
    await settle();
    buttonNamed('Yes, remove it').click();
    await settle();
    expect(valueOf('#area-1-title')).toBe('Workforce');

    const body = await saveAndAnswer();
    expect(body.areas).toEqual([unchangedBody().areas[1]]);
  });

  it('shows the API’s reasons when it refuses the changes', async () => {
    await open();
    buttonNamed('Save the framework').click();
    await settle();

    http.expectOne('/api/review-frameworks/framework-2').flush(
      {
        statusCode: 400,
        message: [
          'The name must be 200 characters or fewer',
          'Enter a title for each criterion',
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const summary = query(fixture, '.error-summary');
    expect(summary.textContent).toContain('Enter a title for each criterion');
    expect(
      summary.querySelector('a[href="#framework-name"]')?.textContent,
    ).toBe('The name must be 200 characters or fewer');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks before leaving with unsaved changes, and not after saving', async () => {
    await open();
    const page = fixture.componentInstance;
    const leave = () =>
      TestBed.runInInjectionContext(() =>
        confirmLeavingUnsavedChanges(
          page,
          new ActivatedRouteSnapshot(),
          {} as RouterStateSnapshot,
          {} as RouterStateSnapshot,
        ),
      );
    expect(leave()).toBe(true);

    type('#area-2-title', 'Staff');
    await settle();
    const asked = leave();
    if (!isObservable(asked)) throw new Error('Expected to be asked');
    const answer = firstValueFrom(asked);
    await settle();
    expect(pageText()).toContain('Leave without saving your changes?');
    buttonNamed('Stay on this page').click();
    await settle();
    expect(await answer).toBe(false);

    const leaving = leave();
    if (!isObservable(leaving)) throw new Error('Expected to be asked');
    const confirmed = firstValueFrom(leaving);
    await settle();
    buttonNamed('Leave without saving').click();
    await settle();
    expect(await confirmed).toBe(true);

    await saveAndAnswer();
    expect(leave()).toBe(true);
  });

  it('does not offer the form for a framework provided by Alliance, or to someone who is not its coordinator', async () => {
    await open(aFramework());
    expect(textOf(fixture)).toContain(
      'The frameworks provided by Alliance cannot be changed',
    );
    expect(document.querySelector('form')).toBeNull();
    TestBed.resetTestingModule();

    await open(aCopy(), aSessionUser());
    expect(textOf(fixture)).toContain(
      'Only your alliance’s coordinator can change this framework',
    );
    expect(document.querySelector('form')).toBeNull();
  });
});
