import { DateTime } from 'luxon';
import { isShortCaseNumber } from '../../domain/caseNumber';
import type { IsoDate } from '../../domain/dates';
import { typedText } from '../../i18n';

/**
 * A question typed in the Messages tab, as the slash command that answers it: `cases` carries the text
 * /mycases would get, `rule` the text /rule would get. Answering through the commands themselves keeps
 * one set of permissions and one set of answers.
 */
export type Question =
  { kind: 'help' } | { kind: 'unknown' } | { kind: 'cases'; text: string } | { kind: 'rule'; text: string };

const HELP = /^(帮助|help|\?|？|你能做什么|能做什么|怎么用|使用说明)[？?。！!]*$/i;
const FULL_CASE_NUMBER = /[（(〔[]\s*\d{4}\s*[）)〕\]][^\s，,。？?！!]*?号/;
const ARTICLE = /第[零〇一二三四五六七八九十百千万\d]+条/;
const OVERDUE = /逾期|超期|超审限|超过审限|overdue/i;
const THIS_WEEK = /这周|本周|这星期|本星期|这个星期|this week/i;
const WITHIN_DAYS = /(\d{1,3})\s*(?:天|日|个工作日|days?)/i;
const DUE = /到期|届满|审限|due/i;
const MY_CASES = /我的案[件子]|案件概况|我的审限|my cases/i;
const ALL_CASES = /全部案[件子]|所有案[件子]|all cases/i;
const LAW = /法|条例|司法解释|规定|规则/;
/**
 * Words of the law a question about a rule uses where it names no law (诉讼时效多长时间, 离婚后孩子归谁); a message
 * about cases (我的执行案件) is not one.
 */
const LEGAL_TOPIC =
  /时效|诉讼|起诉|上诉|再审|审限|判决|裁定|执行|犯罪|罪名|判刑|量刑|赔偿|违约|合同|离婚|继承|遗产|遗嘱|抚养|赡养|借款|借贷|欠款|工伤|劳动|工资|侵权|担保|抵押|租赁|彩礼|婚姻|房产|交通事故|判几|判多|坐牢|拘留|罚款/;
const ABOUT_CASES = /案件|案子|我的/;

/** Days from today through Sunday (at least one: on a Sunday, "this week" is today and tomorrow's Monday). */
function daysToSunday(today: IsoDate): number {
  return Math.max(1, 7 - DateTime.fromISO(today).weekday);
}

/** What the person asked; anything it cannot place is `unknown` (they get the list of questions). */
export function parseQuestion(raw: string, today: IsoDate): Question {
  const text = typedText(raw)
    .replace(/\u3000/g, ' ')
    .trim();
  if (text === '' || HELP.test(text)) return { kind: 'help' };
  const caseNumber = FULL_CASE_NUMBER.exec(text)?.[0];
  if (caseNumber) return { kind: 'cases', text: caseNumber.replace(/\s+/g, '') };
  const shortNumber = text.split(/\s+/).find((token) => isShortCaseNumber(token));
  if (shortNumber) return { kind: 'cases', text: shortNumber };
  if (ARTICLE.test(text)) return { kind: 'rule', text };
  if (OVERDUE.test(text)) return { kind: 'cases', text: '逾期' };
  if (THIS_WEEK.test(text) && (DUE.test(text) || /案/.test(text)))
    return { kind: 'cases', text: `${daysToSunday(today)}天` };
  const within = WITHIN_DAYS.exec(text);
  if (within && DUE.test(text)) {
    const days = Number(within[1]);
    if (days >= 1 && days <= 365) return { kind: 'cases', text: `${days}天` };
  }
  if (ALL_CASES.test(text)) return { kind: 'cases', text: '全部' };
  if (MY_CASES.test(text)) return { kind: 'cases', text: '' };
  if (LAW.test(text) || (LEGAL_TOPIC.test(text) && !ABOUT_CASES.test(text))) return { kind: 'rule', text };
  return { kind: 'unknown' };
}
