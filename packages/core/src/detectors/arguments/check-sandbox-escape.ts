import type { Severity } from '../../spec/finding.ts';
import type { FieldKind } from './field-kind.ts';
import type { ArgumentHit } from './make-finding.ts';

type ShellRule = {
  readonly subcategory: string;
  readonly pattern: RegExp;
  readonly severity: Severity;
  /** Also applies to fields meant to hold a command, where chaining and substitution are normal. */
  readonly inCommandFields: boolean;
  readonly message: string;
  readonly explanation: string;
};

const STRONG_COMMANDS =
  'rm\\s{1,5}-|curl\\s|wget\\s|bash\\b|sh\\s{1,5}-c|zsh\\b|nc\\s|ncat\\b|netcat\\b|python[23]?\\s{1,5}-c|perl\\s{1,5}-e|ruby\\s{1,5}-e|php\\s{1,5}-r|node\\s{1,5}-e|powershell\\b|pwsh\\b|cmd(?:\\.exe)?\\s{1,5}/c|mkfifo\\b|chmod\\s|chown\\s|base64\\s{1,5}-d|whoami\\b|uname\\b|nohup\\b|socat\\b|telnet\\s|crontab\\s|shutdown\\b|reboot\\b|killall\\b|useradd\\b|passwd\\b';
const WEAK_COMMANDS =
  'cat|id|ls|env|echo|kill|eval|exec|ssh|scp|dd|printenv|touch|cp|mv|head|tail|sleep|ping|nslookup|dig|hostname';
const SUBSTITUTED_COMMANDS = `(?:curl|wget|cat|id|whoami|uname|rm|bash|sh|nc|echo|base64|python[23]?|perl|ls|env|printenv|hostname|sleep|dig|nslookup|ping)\\b`;

/** Shell rules, matched on the lower-cased value. All repetition is bounded. */
const SHELL_RULES: readonly ShellRule[] = [
  {
    subcategory: 'reverse_shell',
    pattern:
      /\/dev\/(?:tcp|udp)\/[a-z0-9.-]{1,255}\/[0-9]{1,5}|\b(?:nc|ncat|netcat)\b[^\n|;&]{0,80}\s-[a-z]{0,5}[ec]\s|\b(?:ba)?sh\s{1,5}-i\s{0,5}[<>]&|\bsocat\b[^\n]{0,100}\bexec:|\bmkfifo\s{1,5}\/tmp\/|pty\.spawn\s{0,3}\(|\bfsockopen\s{0,3}\(|socket\.socket\s{0,3}\([^\n]{0,200}\.connect\s{0,3}\(|new-object\s{1,5}(?:system\.)?net\.sockets\.tcpclient/,
    severity: 'critical',
    inCommandFields: true,
    message: 'Argument opens a reverse shell',
    explanation:
      'A reverse shell hands an attacker an interactive session on the host running the tool.',
  },
  {
    subcategory: 'container_escape',
    pattern:
      /\/var\/run\/docker\.sock|\bdocker\.sock\b|\bnsenter\b|--privileged\b|\/proc\/1\/root\b|\/proc\/sys\/kernel\/core_pattern|\brelease_agent\b|\bmount\s{1,5}-t\s{1,5}cgroup|--pid[= ]host\b|\s-v\s{1,3}\/:\/|\bchroot\s{1,5}\/host\b|\bunshare\s{1,5}-[a-z]{0,6}r|\bcap_sys_admin\b|\/run\/containerd\/containerd\.sock|\bcrictl\s{1,5}exec\b/,
    severity: 'critical',
    inCommandFields: true,
    message: 'Argument tries to break out of the container or sandbox',
    explanation:
      'The Docker socket, host namespaces, cgroup release agents and privileged mode all lead from the sandbox to the host.',
  },
  {
    subcategory: 'remote_code_pipe',
    pattern:
      /\b(?:curl|wget|fetch|iwr|invoke-webrequest)\b[^\n|;&]{0,300}\|\s{0,5}(?:sudo\s{1,5})?(?:(?:ba|z|k|da|c|tc)?sh|python[23]?|perl|ruby|node|php|iex)\b|\b(?:ba)?sh\s{1,5}<\s{0,3}\(\s{0,3}(?:curl|wget)\b|\bbase64\s{1,5}(?:-d|--decode)\b[^\n|;]{0,100}\|\s{0,5}(?:ba|z)?sh\b|\biex\s{0,3}\(\s{0,3}(?:new-object|iwr|invoke-webrequest)/,
    severity: 'high',
    inCommandFields: true,
    message: 'Argument downloads code and pipes it straight into an interpreter',
    explanation:
      'Piping a download into a shell runs whatever the remote server sends, with the tool’s privileges.',
  },
  {
    subcategory: 'destructive_command',
    pattern:
      /\brm\s{1,5}(?:-{1,2}[a-z-]{1,20}\s{1,5}){1,4}(?:\/|\/\*|~\/?|\*|\$home\/?)(?=\s|$|[;&|])|\bmkfs(?:\.[a-z0-9]{1,10})?\s{1,5}\/dev\/|\bdd\s[^\n]{0,80}\bof=\/dev\/(?:sd|nvme|hd|xvd|vd|disk)|>\s{0,3}\/dev\/(?:sd[a-z]|nvme[0-9])|\bformat\s{1,5}c:/,
    severity: 'high',
    inCommandFields: true,
    message: 'Argument wipes the filesystem or a disk',
    explanation:
      'Recursive deletion from the root or home directory, or writing to a raw disk, destroys the host.',
  },
  {
    subcategory: 'fork_bomb',
    pattern:
      /:\s{0,3}\(\s{0,3}\)\s{0,3}\{\s{0,3}:\s{0,3}\|\s{0,3}:\s{0,3}&\s{0,3}\}\s{0,3};\s{0,3}:|\bwhile\s{0,3}(?:true|:)\s{0,3};\s{0,3}do\s{1,5}[^\n]{0,40}&\s{0,3}done/,
    severity: 'high',
    inCommandFields: true,
    message: 'Argument contains a fork bomb',
    explanation: 'A fork bomb exhausts the process table and takes down the host or sandbox.',
  },
  {
    subcategory: 'privilege_escalation',
    pattern:
      /\bchmod\s{1,5}(?:-[a-z]{1,5}\s{1,5})?(?:0?777|[ugoa]{0,4}\+rwx)\s{1,5}\/(?:etc|bin|usr|var|root|home)?\/?(?=\s|$|[;&|])|\bchmod\s{1,5}(?:[ugoa]{0,4}\+s|[246][0-7]{3})\s|\/etc\/sudoers\b|\bNOPASSWD\b|\bsetcap\s[^\n]{0,60}cap_setuid/i,
    severity: 'high',
    inCommandFields: true,
    message: 'Argument opens up permissions on system paths or grants setuid/sudo',
    explanation:
      'World-writable system directories, setuid binaries and sudoers edits turn a sandboxed command into root.',
  },
  {
    subcategory: 'command_injection',
    pattern: new RegExp(`(?:;|&&|\\|\\||\\||\\n)\\s{0,5}(?:sudo\\s{1,5})?(?:${STRONG_COMMANDS})`),
    severity: 'high',
    inCommandFields: false,
    message: 'Argument chains a shell command after a metacharacter',
    explanation:
      'If the tool passes this value to a shell, the text after the separator runs as a second command.',
  },
  {
    subcategory: 'command_injection',
    pattern: new RegExp(
      `(?:;|&&|\\|\\|)\\s{0,5}(?:sudo\\s{1,5})?(?:${WEAK_COMMANDS})(?:\\s{1,5}[-/~$.'"]|\\s{0,5}(?:$|[;&|#]))`,
    ),
    severity: 'high',
    inCommandFields: false,
    message: 'Argument chains a shell command after a metacharacter',
    explanation:
      'If the tool passes this value to a shell, the text after the separator runs as a second command.',
  },
  {
    subcategory: 'command_substitution',
    pattern: new RegExp(
      `\\$\\(\\s{0,3}${SUBSTITUTED_COMMANDS}|\`\\s{0,3}${SUBSTITUTED_COMMANDS}[^\`\\n]{0,200}\`|\\$\\{ifs\\}|\\$ifs\\b`,
    ),
    severity: 'high',
    inCommandFields: false,
    message: 'Argument contains shell command substitution',
    explanation:
      '`$(…)` and backticks run a command wherever the value is interpolated into a shell string.',
  },
];

/**
 * Finds sandbox escapes in one argument: reverse shells, container escapes, download-and-execute
 * pipes, disk wipes, fork bombs and permission grabs (in every field, including a shell tool's
 * `command`), plus command chaining and substitution in fields that are not meant to hold commands.
 */
export function checkSandboxEscape(value: string, kind: FieldKind): ArgumentHit[] {
  const lowered = value.toLowerCase();
  const offsetsHold = lowered.length === value.length;
  const hits: ArgumentHit[] = [];
  const seen = new Set<string>();
  for (const rule of SHELL_RULES) {
    if ((kind === 'command' && !rule.inCommandFields) || seen.has(rule.subcategory)) continue;
    const match = rule.pattern.exec(lowered);
    if (match === null) continue;
    seen.add(rule.subcategory);
    hits.push({
      category: 'sandbox_escape',
      subcategory: rule.subcategory,
      severity: rule.severity,
      message: rule.message,
      explanation: rule.explanation,
      start: offsetsHold ? match.index : 0,
      end: offsetsHold ? match.index + match[0].length : value.length,
    });
  }
  return hits;
}
