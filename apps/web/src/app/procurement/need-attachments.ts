import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { NEED_MAX_ATTACHMENTS, type AttachmentView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { DocumentList, type DocumentStore } from '../shared/document-list';

/** Specification documents of a need: everyone downloads them; the owner adds and deletes them while it can change. */
@Component({
  selector: 'app-need-attachments',
  imports: [DocumentList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-document-list
    [attachments]="attachments()"
    [store]="store()"
    [mayChange]="mayChange()"
    [maxAttachments]="maxAttachments"
    audience="Everyone in the alliance who can see this need can download it."
    (changed)="changed.emit()"
  />`,
})
export class NeedAttachments {
  readonly needId = input.required<string>();
  readonly attachments = input.required<AttachmentView[]>();
  /** The owner, while the need is a draft or open. */
  readonly mayChange = input(false);
  /** An attachment was added or deleted: the need should be read again. */
  readonly changed = output<void>();

  private readonly api = inject(ApiClient);
  protected readonly maxAttachments = NEED_MAX_ATTACHMENTS;
  protected readonly store = computed<DocumentStore>(() => {
    const needId = this.needId();
    return {
      urlOf: (document) => this.api.needAttachmentUrl(needId, document.id),
      upload: (file) => this.api.uploadNeedAttachment(needId, file),
      remove: (document) => this.api.deleteNeedAttachment(needId, document.id),
    };
  });
}
