import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For an optional field whose column is NOT NULL: leaving the field out is fine, but `null` is refused with `message`.
 *
 * `@IsOptional()` skips the field's other checks for `null` as well as `undefined`, so a PATCH with `null` would reach
 * the database. This skips them only when the field is left out. `IsDefined` is run before a property's other checks
 * wherever it is written, so with `stopAtFirstError` the person sees `message` alone.
 */
export function OptionalButNotNull(message: string): PropertyDecorator {
  const whenGiven = ValidateIf((_object, value) => value !== undefined);
  const notNull = IsDefined({ message });
  return (target, propertyKey) => {
    whenGiven(target, propertyKey);
    notNull(target, propertyKey);
  };
}
