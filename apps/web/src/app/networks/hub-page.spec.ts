import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { pageText, query, settle } from '../../testing/test-helpers';
import { HubPage } from './hub-page';
import {
  HUB_ID,
  NETWORK_ID,
  aDirectory,
  aMeeting,
  aNetwork,
} from './network-test-data';

describe('HubPage', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<HubPage>;

  async function open(hubId = HUB_ID) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HubPage);
    fixture.componentRef.setInput('id', NETWORK_ID);
    fixture.componentRef.setInput('hubId', hubId);
    await settle();
    http.expectOne(`/api/networks/${NETWORK_ID}`).flush(aNetwork());
    http.expectOne(`/api/networks/${NETWORK_ID}/members`).flush(aDirectory());
    http
      .expectOne(
        (request) => request.url === `/api/networks/${NETWORK_ID}/meetings`,
      )
      .flush({
        items: [
          aMeeting(),
          aMeeting({
            id: 'm2',
            kind: 'national',
            hubId: null,
            hubName: null,
            title: 'Spring key messages',
          }),
        ],
        total: 2,
        page: 1,
        pageSize: 100,
      });
    await settle();
  }

  afterEach(() => {
    http.verify();
    document.body.innerHTML = '';
  });

  it('shows the hub’s lead, region, its own members and its own meetings', async () => {
    await open();

    const text = pageText();
    expect(query(fixture, 'h1').textContent).toContain('Medway hub');
    expect(text).toContain('Medway');
    expect(text).toContain('Ana Diaz (Riverside Academies Trust)');
    expect(text).toContain('Medway hub: bar models in Year 6');
    expect(text).not.toContain('Spring key messages');
    expect(text).toContain('Ana Diaz, Strood Riverside Academy');
    expect(text).not.toContain('Kit Moss');
    expect(TestBed.inject(Title).getTitle()).toBe('Medway hub – Alliance');
  });

  it('says so when the hub is not part of the network', async () => {
    await open('another-hub');

    expect(pageText()).toContain('This hub is not part of the Maths network.');
  });
});
