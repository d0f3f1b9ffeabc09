// Decorator-free modules: safe to import as values anywhere, including the browser.
export * from './lib/roles';
export * from './lib/limits';
export * from './lib/pagination';
export * from './lib/auth';
export * from './lib/organisations';
export * from './lib/alliances';
export * from './lib/audit';
export * from './lib/mail';
// DTO classes with class-validator decorators: the API validates with them; the web app imports them as types only.
export * from './lib/pagination.dto';
export * from './lib/auth.dto';
export * from './lib/organisations.dto';
export * from './lib/alliances.dto';
