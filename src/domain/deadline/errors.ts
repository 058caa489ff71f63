/** Input the engine cannot compute from. `field` names the input field (`extensions[1]`, `procedure` …). */
export class DeadlineInputError extends Error {
  readonly field: string;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(field: string, messageZh: string, messageEn: string) {
    super(`${field}: ${messageZh}`);
    this.name = 'DeadlineInputError';
    this.field = field;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }
}
