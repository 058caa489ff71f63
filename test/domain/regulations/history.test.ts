import { historyDates } from '../../../src/domain/regulations/history';

describe('the dates under a law’s title (题注)', () => {
  it('reads the national database’s one-line history: the 2025 revision of 治安管理处罚法', () => {
    const line =
      '（2005年8月28日第十届全国人民代表大会常务委员会第十七次会议通过\u3000根据2012年10月26日第十一届全国人民代表大会常务委员会第二十九次会议《关于修改〈中华人民共和国治安管理处罚法〉的决定》修正\u30002025年6月27日第十四届全国人民代表大会常务委员会第十六次会议修订）';
    expect(historyDates(line)).toEqual({ version: '2025-06-27', effective: null });
  });

  it('takes an amendment by decision as the version when it is the last event', () => {
    const line =
      '（2005年8月28日第十届全国人民代表大会常务委员会第十七次会议通过\u3000根据2012年10月26日第十一届全国人民代表大会常务委员会第二十九次会议《关于修改〈中华人民共和国治安管理处罚法〉的决定》修正）';
    expect(historyDates(line).version).toBe('2012-10-26');
  });

  it('reads the snapshot’s one event per line, with the 施行 date apart', () => {
    const lines = [
      '2023年12月29日第十四届全国人民代表大会常务委员会第七次会议修订',
      '2023年12月29日中华人民共和国主席令第十五号公布',
      '自2024年7月1日起施行',
      '2024年7月1日起施行',
    ].join('\n');
    expect(historyDates(lines)).toEqual({ version: '2023-12-29', effective: '2024-07-01' });
  });

  it('does not read a preamble’s 根据 sentence as an amendment', () => {
    const preamble =
      '根据2010年4月29日修正的《中华人民共和国国家赔偿法》（以下简称国家赔偿法），结合国家赔偿工作实际，对人民法院赔偿委员会审理国家赔偿案件的程序作如下规定：';
    expect(historyDates(preamble)).toEqual({ version: null, effective: null });
  });

  it('leaves a text without dates undated', () => {
    expect(historyDates('为了规范本院审判流程，制定本办法。')).toEqual({ version: null, effective: null });
  });
});
