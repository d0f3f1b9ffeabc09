import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { App } from './app';

@Component({
  template: '<main id="main-content" tabindex="-1"><h1>First page</h1></main>',
})
class FirstPage {}

@Component({
  template:
    '<main id="main-content" tabindex="-1"><h1>Second page</h1><button>Act</button></main>',
})
class SecondPage {}

describe('App', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([
          { path: '', component: FirstPage },
          { path: 'second', component: SecondPage },
        ]),
      ],
    });
  });

  it('starts with a skip link to the main content', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();

    const skipLink = (fixture.nativeElement as HTMLElement).querySelector('a');
    expect(skipLink?.textContent).toBe('Skip to main content');
    expect(skipLink?.getAttribute('href')).toBe('#main-content');
  });

  it('moves focus to the new page’s heading after navigating', async () => {
    const fixture = TestBed.createComponent(App);
    document.body.appendChild(fixture.nativeElement);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/');
    await fixture.whenStable();

    await router.navigateByUrl('/second');
    await fixture.whenStable();

    expect(document.activeElement?.textContent).toBe('Second page');
  });
});
