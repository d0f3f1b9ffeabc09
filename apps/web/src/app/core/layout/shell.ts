import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatListItem, MatNavList } from '@angular/material/list';
import {
  MatSidenav,
  MatSidenavContainer,
  MatSidenavContent,
} from '@angular/material/sidenav';
import { MatToolbar } from '@angular/material/toolbar';
import {
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { map } from 'rxjs';
import { Notifier } from '../../shared/notifier';
import { SessionStore } from '../session/session-store';

interface NavLink {
  label: string;
  path: string;
  exact: boolean;
}

const AREAS: NavLink[] = [
  { label: 'Home', path: '/', exact: true },
  { label: 'Peer reviews', path: '/reviews', exact: false },
  { label: 'Procurement', path: '/procurement', exact: false },
  { label: 'ECT cohorts', path: '/cohorts', exact: false },
  { label: 'Training events', path: '/events', exact: false },
  { label: 'Networks', path: '/networks', exact: false },
  { label: 'Library', path: '/library', exact: false },
  { label: 'My organisation', path: '/organisation', exact: false },
];

/** Below this width the navigation slides over the page, opened with the "Menu" button. */
const COMPACT_LAYOUT = '(max-width: 899.98px)';

@Component({
  selector: 'app-shell',
  imports: [
    MatToolbar,
    MatButton,
    MatSidenavContainer,
    MatSidenav,
    MatSidenavContent,
    MatNavList,
    MatListItem,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly menuOpen = signal(false);
  protected readonly navOpened = computed(
    () => !this.compact() || this.menuOpen(),
  );
  protected readonly signingOut = signal(false);

  protected readonly links = computed<NavLink[]>(() => {
    const links = [...AREAS];
    // Early-career teachers and mentors go straight to their own cohort pages, listed under ECT cohorts.
    const cohortLinks: NavLink[] = [];
    if (this.session.hasRole('ect'))
      cohortLinks.push({
        label: 'My induction sessions',
        path: '/cohorts/induction',
        exact: false,
      });
    if (this.session.hasRole('mentor'))
      cohortLinks.push({ label: 'My ECTs', path: '/cohorts/mentees', exact: false });
    links.splice(
      links.findIndex((link) => link.path === '/cohorts') + 1,
      0,
      ...cohortLinks,
    );
    const coordinated = this.session.coordinatedAllianceIds();
    coordinated.forEach((allianceId, index) =>
      links.push({
        label:
          coordinated.length > 1
            ? `Audit log (alliance ${index + 1})`
            : 'Audit log',
        path: `/alliances/${allianceId}/audit`,
        exact: false,
      }),
    );
    if (this.session.isAdmin())
      links.push({ label: 'Admin', path: '/admin', exact: false });
    return links;
  });

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected onNavOpenedChange(opened: boolean): void {
    if (this.compact()) this.menuOpen.set(opened);
  }

  protected onNavigate(): void {
    if (this.compact()) this.menuOpen.set(false);
  }

  protected signOut(): void {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    this.session.signOut().subscribe(() => {
      this.signingOut.set(false);
      void this.router
        .navigateByUrl('/sign-in')
        .then(() => this.notifier.confirm('You have signed out.'));
    });
  }
}
