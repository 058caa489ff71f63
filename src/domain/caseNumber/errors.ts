/** Why a 案号 was rejected. The code is stable (importers branch and count on it); messages are for people. */
export type CaseNumberErrorCode =
  | 'not_a_string'
  | 'empty'
  | 'year_not_bracketed'
  | 'missing_open_bracket'
  | 'missing_close_bracket'
  | 'year_not_four_digits'
  | 'year_before_new_format'
  | 'year_in_future'
  | 'legacy_format_after_2015'
  | 'missing_court_code'
  | 'wrong_court_abbreviation'
  | 'unknown_court_code'
  | 'court_digits_length'
  | 'missing_type_code'
  | 'judicial_aid_without_suffix'
  | 'unknown_type_code'
  | 'missing_sequence'
  | 'sequence_zero'
  | 'sequence_leading_zero'
  | 'criminal_review_sequence'
  | 'missing_hao'
  | 'trailing_text';

/** The only thing the 案号 parser ever throws. `message` is Chinese (the product's default language). */
export class CaseNumberError extends Error {
  readonly code: CaseNumberErrorCode;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly input: string;

  constructor(code: CaseNumberErrorCode, messageZh: string, messageEn: string, input: string) {
    super(messageZh);
    this.name = 'CaseNumberError';
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
    this.input = input;
  }
}
