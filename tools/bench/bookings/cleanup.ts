/** Cleanup steps, run last-added first, each at most once, whatever failed before. */
export class Cleanup {
  private readonly steps: { label: string; run: () => unknown }[] = [];
  private running: Promise<void> | undefined;

  add(label: string, run: () => unknown): void {
    this.steps.push({ label, run });
  }

  runAll(): Promise<void> {
    this.running ??= (async () => {
      for (let step = this.steps.pop(); step; step = this.steps.pop()) {
        try {
          await step.run();
        } catch (error) {
          console.error(
            `Cleanup "${step.label}" failed: ${errorMessage(error)}`,
          );
        }
      }
    })();
    return this.running;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
