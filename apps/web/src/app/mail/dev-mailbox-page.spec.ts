import { partsOf } from './dev-mailbox-page';

describe('partsOf', () => {
  it('turns an invitation link into a link inside the app, whatever host the API wrote', () => {
    const parts = partsOf(
      'Hello Sam,\n\nCreate your account: http://localhost:3000/invitations/abc123.\n\nThanks',
    );

    expect(parts).toEqual([
      { text: 'Hello Sam,\n\nCreate your account: ' },
      {
        text: 'http://localhost:3000/invitations/abc123',
        appPath: '/invitations/abc123',
      },
      { text: '.\n\nThanks' },
    ]);
  });

  it('keeps other links as ordinary links', () => {
    expect(partsOf('See https://www.gov.uk/guidance')).toEqual([
      { text: 'See ' },
      {
        text: 'https://www.gov.uk/guidance',
        href: 'https://www.gov.uk/guidance',
      },
    ]);
  });
});
