import { Converter } from 'opencc-js/t2cn';

/**
 * Traditional characters as mainland simplified ones (粵 → 粤, 審限 → 审限, 第一千零七十九條 → …条), as OpenCC's
 * t2cn reads them, phrase by phrase. Simplified text stays as it is. Built on first use: its tables take ~30 ms.
 */
let converter: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  const convert = (converter ??= Converter({ from: 't', to: 'cn' }));
  return convert(text);
}
