import { parseQuestion } from '../../../src/slack/directMessages/question';

describe('a question typed in the Messages tab, as the slash command that answers it', () => {
  // Monday 2025-06-16, Friday 2025-06-20, Sunday 2025-06-22.
  it.each([
    ['这周有哪些案子到期', '2025-06-16', { kind: 'cases', text: '6天' }],
    ['本周到期的案件', '2025-06-20', { kind: 'cases', text: '2天' }],
    ['这周有哪些案子到期', '2025-06-22', { kind: 'cases', text: '1天' }],
    ['逾期的', '2025-06-16', { kind: 'cases', text: '逾期' }],
    ['有超期案件吗', '2025-06-16', { kind: 'cases', text: '逾期' }],
    ['15天内到期的', '2025-06-16', { kind: 'cases', text: '15天' }],
    ['我的案件', '2025-06-16', { kind: 'cases', text: '' }],
    ['全部案件', '2025-06-16', { kind: 'cases', text: '全部' }],
    ['（2026）内0291民初123号 什么时候到期', '2025-06-16', { kind: 'cases', text: '（2026）内0291民初123号' }],
    ['(2026)内0291民初123号什么时候到期？', '2025-06-16', { kind: 'cases', text: '(2026)内0291民初123号' }],
    ['民诉法第一百六十四条', '2025-06-16', { kind: 'rule', text: '民诉法第一百六十四条' }],
    ['民法典第188条', '2025-06-16', { kind: 'rule', text: '民法典第188条' }],
    ['延长审限的规定', '2025-06-16', { kind: 'rule', text: '延长审限的规定' }],
    ['诉讼时效多长时间', '2025-06-16', { kind: 'rule', text: '诉讼时效多长时间' }],
    ['离婚后孩子归谁？', '2025-06-16', { kind: 'rule', text: '离婚后孩子归谁？' }],
    ['喝醉了开车判几年', '2025-06-16', { kind: 'rule', text: '喝醉了开车判几年' }],
    ['我的执行案件有哪些', '2025-06-16', { kind: 'unknown' }],
    ['帮助', '2025-06-16', { kind: 'help' }],
    ['？', '2025-06-16', { kind: 'help' }],
    ['', '2025-06-16', { kind: 'help' }],
    ['今天天气怎么样', '2025-06-16', { kind: 'unknown' }],
    ['400天内到期', '2025-06-16', { kind: 'unknown' }],
  ] as const)('%s (on %s)', (text, today, expected) => {
    expect(parseQuestion(text, today)).toEqual(expected);
  });
});
