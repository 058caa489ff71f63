import type { DirectMessagesMessages } from './zh-CN';

export const directMessagesEn: DirectMessagesMessages = {
  helpTitle: 'Questions you can send me directly',
  helpIntro: (notUnderstood: boolean) =>
    notUnderstood
      ? 'I did not understand that. You can send me questions like these:'
      : 'You can send me questions like these:',
  examples: [
    ['这周有哪些案子到期 (due this week)', 'cases whose deadline falls this week (through Sunday)'],
    ['逾期的 (overdue)', 'cases past their deadline'],
    ['15天内到期 (due within 15 days)', 'cases due within 15 days'],
    ['我的案件 (my cases)', 'your summary and the most urgent cases'],
    ['（2026）内0291民初123号 什么时候到期', 'one case’s deadline and how it was computed'],
    ['民诉法第一百六十四条', 'an article of a law, interpretation or court rule'],
    ['诉讼时效多长时间', 'the articles that answer a legal question'],
    ['帮助 (help)', 'this list'],
  ],
  footer: 'Answers, like /mycases and /rule, are for you alone: you only see the cases you may see.',
};
