import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Placeholder for areas still being built; `area` and `summary` come from the route's data. */
@Component({
  selector: 'app-coming-soon-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ area() }}</h1>
    @if (summary()) {
      <p class="lead">{{ summary() }}</p>
    }
    <div class="notice">
      <h2 class="notice__title">This part of Alliance is coming soon</h2>
      <p>
        We are still building it. In the meantime, you can see your alliance and
        its members on the home page.
      </p>
    </div>
    <p><a routerLink="/">Go to the home page</a></p>
  `,
})
export class ComingSoonPage {
  readonly area = input('Coming soon');
  readonly summary = input<string>();
}
