/**
 * A link from a case into the court's case-management system (CMS), built from a URL template the
 * court sets (`docket court set --cms-url 'https://cms.example/case?ah={caseNumber}'`). The CMS stays
 * the system of record; Docket only points at it.
 */

const CMS_PLACEHOLDER = '{caseNumber}';

export type CmsTemplateCheck = { ok: true; template: string } | { ok: false; zh: string; en: string };

const MAX_TEMPLATE_LENGTH = 500;

/**
 * A template must be an http(s) URL holding {caseNumber} exactly where the 案号 goes, and nothing a
 * Slack link cannot carry (`|`, `<`, `>`, spaces) — it is shown as `<url|在办案系统中打开>`.
 */
export function checkCmsUrlTemplate(input: string): CmsTemplateCheck {
  const template = input.trim();
  if (template.length === 0 || template.length > MAX_TEMPLATE_LENGTH)
    return {
      ok: false,
      zh: `网址模板不能为空，且不超过${MAX_TEMPLATE_LENGTH}个字符`,
      en: `the URL template must be 1–${MAX_TEMPLATE_LENGTH} characters`,
    };
  if (!template.includes(CMS_PLACEHOLDER))
    return {
      ok: false,
      zh: `网址模板须包含 ${CMS_PLACEHOLDER}（案号所在位置），如 https://cms.example/case?ah=${CMS_PLACEHOLDER}`,
      en: `the URL template must contain ${CMS_PLACEHOLDER} where the case number goes, e.g. https://cms.example/case?ah=${CMS_PLACEHOLDER}`,
    };
  const others = template.replaceAll(CMS_PLACEHOLDER, '').match(/\{[^}]*\}/);
  if (others)
    return {
      ok: false,
      zh: `网址模板只认 ${CMS_PLACEHOLDER}，不认 ${others[0]}`,
      en: `the only placeholder is ${CMS_PLACEHOLDER}, not ${others[0]}`,
    };
  if (/[\s|<>"]/.test(template))
    return {
      ok: false,
      zh: '网址模板不能含空格或 | < > " 字符',
      en: 'the URL template may not contain spaces or | < > "',
    };
  let url: URL;
  try {
    url = new URL(template.replaceAll(CMS_PLACEHOLDER, 'x'));
  } catch {
    return { ok: false, zh: `「${template}」不是有效的网址`, en: `"${template}" is not a valid URL` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, zh: '网址须以 https:// 或 http:// 开头', en: 'the URL must start with https:// or http://' };
  return { ok: true, template };
}

/** The case's page in the CMS: the 案号 percent-encoded in place of {caseNumber}; null without a template. */
export function cmsCaseUrl(template: string | null, caseNumber: string): string | null {
  if (template === null) return null;
  return template.replaceAll(CMS_PLACEHOLDER, encodeURIComponent(caseNumber));
}
