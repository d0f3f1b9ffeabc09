// Decorator-free modules: safe to import as values anywhere, including the browser.
export * from './lib/roles';
export * from './lib/limits';
export * from './lib/pagination';
export * from './lib/auth';
export * from './lib/organisations';
export * from './lib/alliances';
export * from './lib/audit';
export * from './lib/mail';
export * from './lib/events';
export * from './lib/gias';
export * from './lib/files';
export * from './lib/procurement';
export * from './lib/reviews';
export * from './lib/networks';
export * from './lib/cohorts';
// DTO classes with class-validator decorators: the API validates with them; the web app imports them as types only.
// Validation stops at a property's first error, and class-validator runs the decorator nearest the property first,
// so the basic check (present, of the right type) is written nearest the property.
export * from './lib/validation';
export * from './lib/pagination.dto';
export * from './lib/auth.dto';
export * from './lib/organisations.dto';
export * from './lib/alliances.dto';
export * from './lib/events.dto';
export * from './lib/procurement.dto';
export * from './lib/reviews.dto';
export * from './lib/networks.dto';
export * from './lib/cohorts.dto';
