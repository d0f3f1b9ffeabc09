import { computed, inject, type Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import type { AllianceSummary } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';

/**
 * The alliance a page is about: the one named in the address (`?alliance=`), else the person's first,
 * as on the alliance home page. Call in an injection context.
 */
export function allianceChoice(
  chosenInAddress: Signal<string | undefined>,
  include: (alliance: AllianceSummary) => boolean = () => true,
) {
  const api = inject(ApiClient);
  const router = inject(Router);
  const alliances = rxResource({ stream: () => api.listAlliances() });
  const list = computed(() =>
    alliances.hasValue() ? alliances.value().items.filter(include) : [],
  );
  const selected = computed<AllianceSummary | undefined>(() => {
    const all = list();
    return all.find((alliance) => alliance.id === chosenInAddress()) ?? all[0];
  });
  return {
    alliances,
    list,
    selected,
    choose(allianceId: string): void {
      void router.navigate([], {
        queryParams: { alliance: allianceId },
        queryParamsHandling: 'merge',
      });
    },
  };
}
