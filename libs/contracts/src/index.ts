export * from './lib/roles';
export * from './lib/pagination';
export * from './lib/auth';
export * from './lib/organisations';
export * from './lib/alliances';
export * from './lib/audit';
export * from './lib/mail';
