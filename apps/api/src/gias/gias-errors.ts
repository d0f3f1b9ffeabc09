/** A file that cannot be imported at all (wrong file, missing columns, not a CSV); its message is for the person who chose it. */
export class GiasFileError extends Error {
  override readonly name = 'GiasFileError';
}

/** Another import holds the register. */
export class GiasImportBusyError extends Error {
  override readonly name = 'GiasImportBusyError';

  constructor() {
    super('An import of the register is already running. Try again when it has finished.');
  }
}
