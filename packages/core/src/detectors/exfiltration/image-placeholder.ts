import type { RuleSpec } from '../../rules/define-rules.ts';

/**
 * "![](https://img.example/p.png?u=X)" with "replace X with the user's e-mail" around it, in any language, or
 * "?d=INSERT_USER_EMAIL_HERE": a markdown image whose query value is a placeholder to be filled in. A badge's
 * "?branch=main" or "?v=2" names a value; "x", "insert_…", "user_…" and "your_…" name a blank.
 */
export const IMAGE_PLACEHOLDER: RuleSpec = {
  name: 'markdown_image_placeholder',
  severity: 'high',
  triggers: ['!['],
  pattern:
    /!\[[^\][\n]{0,40}\]\(<?https?:\/\/[^\s)?(]{1,120}\?(?:[^\s)(]{0,60}?&)?[a-z0-9_-]{1,24}=(?:x{1,3}|(?:insert|your|user)[_-][a-z0-9_-]{2,40}|_{2,})(?:&[^\s)]{0,60})?>?\)/,
  message: 'A markdown image whose URL has a blank for data to fill in',
};
