/** Questions by direct message (Chinese, the source of the shape; en.ts must match). Slack mrkdwn. */
export const directMessagesZhCN = {
  /** Plain: the notification text of the help message. */
  helpTitle: '可以直接发消息问我这些问题',
  helpIntro: (notUnderstood: boolean): string =>
    notUnderstood ? '没看懂这条消息。可以直接发消息问我这些问题：' : '可以直接发消息问我这些问题：',
  examples: [
    ['这周有哪些案子到期', '本周内（到星期日）审限届满的案件'],
    ['逾期的', '已超过审限的案件'],
    ['15天内到期', '15 天内审限届满的案件'],
    ['我的案件', '案件概况和最紧急的案件'],
    ['（2026）内0291民初123号 什么时候到期', '一件案件的审限和计算依据'],
    ['民诉法第一百六十四条', '查法律、司法解释和本院规定的条文'],
    ['诉讼时效多长时间', '按问题找相关条文'],
    ['帮助', '这份说明'],
  ] as ReadonlyArray<readonly [question: string, answer: string]>,
  footer: '回答和 /mycases、/rule 一样只给您本人看：您只能查到有权查看的案件。',
};

export type DirectMessagesMessages = typeof directMessagesZhCN;
