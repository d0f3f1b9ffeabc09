export interface DevMailMessageView {
  id: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}
