import { changeLinesOf } from './audit-changes';

describe('changeLinesOf', () => {
  it('labels each change in words and shows simple values plainly', () => {
    expect(
      changeLinesOf({
        version: 2,
        signedCurrentTerms: true,
        vision: '',
        previousOwner: null,
      }),
    ).toEqual([
      { label: 'Version', value: '2', structured: false },
      { label: 'Signed current terms', value: 'Yes', structured: false },
      { label: 'Vision', value: '(empty)', structured: false },
      { label: 'Previous owner', value: 'None', structured: false },
    ]);
  });

  it('shows objects and lists as indented JSON', () => {
    const [line] = changeLinesOf({ before: { status: 'invited' } });
    expect(line).toEqual({
      label: 'Before',
      value: '{\n  "status": "invited"\n}',
      structured: true,
    });
  });

  it('copes with an entry without changes', () => {
    expect(changeLinesOf({})).toEqual([]);
  });
});
