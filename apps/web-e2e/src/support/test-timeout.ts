// A browser journey signs several people in and waits on real pages; on a busy two-core CI machine one can take
// more than a minute. The root config's 30 s applies to every project of a multi-project run, so it is raised here.
jest.setTimeout(120_000);
