import { describe, expect, it } from 'vitest';
import { detectSecrets, SECRET_HINTS } from './detect-secrets.ts';

/** The kinds and severities found in `text`, with the matched text, for compact assertions. */
function found(text: string): [string, string, string][] {
  return detectSecrets(text).map((match) => [
    match.kind,
    text.slice(match.start, match.end),
    match.severity,
  ]);
}

// Random values generated for these tests; none is a live credential.
const GITHUB_CLASSIC = 'ghp_iqWSxRY1PILRvCtiZLPrSl9bzowFAbwO9yg0';
const GITHUB_FINE_GRAINED =
  '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';
const GITLAB = 'glpat-eL0GAAJ36oIlFkCl3Hn0';
const OPENAI_PROJECT = 'sk-proj-ZKO23susbCNkN7s6AU7nW9ZtF21C51GOQwIoUqkwqq7AY08H';
const OPENAI_LEGACY = 'sk-L0iWiY3FqBgK5VxseD2cXTUlbtFp8H8jgBvWVhEla6EPdHfl';
const ANTHROPIC =
  'sk-ant-api03-8Y2_SMvUhqLjFueMPqPDC1zwvxyn5BC9WEQ3cy-IWwqRPG9MRhr1lSnp3TqcJexHfyqw2IGM7FVjDBiFp2d2amYX-IcPRAA';
const GOOGLE = 'AIzaI-c8-D_YWV4F749fSLap9J0npARJwewdDqH';
const NPM = 'npm_bBa1kxCUtQs4abL0ElqcJXAp7R3DajRV0U7i';
const HUGGING_FACE = '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';
const SLACK = 'xoxb-903795068553-1750472175744-lssw4EXVUOVHAJ65fEGNcoMq';
const SLACK_WEBHOOK =
  'https://hooks.slack.com/services/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';
const STRIPE_LIVE = 'sk_live_Ejs0w5pZOtH7kQzGbw9dwGGw';
const SENDGRID = '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';
const AWS_ACCESS = 'AKIA345REPF27BWJJDT2';
const AWS_SECRET = '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';
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1XzgyOSIsImlhdCI6MTczNTY4OTYwMCwic2NvcGUiOiJhZG1pbiJ9.fR0jAjpyJXm3ErJCVL2jYgSXPewHQDINvEX0Erby0a1';
const PEM_BODY =
  'kczT+c/eBQimu5AKj9DHrvSgbClPnytg+ybZlr3mhwCRPeyWEfpjSjEOXxYaT5JBA4eJgtSkXR5D5NIDlJoDUCX/Qwg9DICaJxvsqCFRToOyaHaR2QzfEqGF';

describe('detectSecrets', () => {
  it.each([
    ['aws_access_key', `export AWS_ACCESS_KEY_ID=${AWS_ACCESS}`, AWS_ACCESS, 'high'],
    ['aws_access_key', `key ASIA345REPF27BWJJDT2 (session)`, 'ASIA345REPF27BWJJDT2', 'high'],
    ['aws_secret_key', `aws_secret_access_key = ${AWS_SECRET}`, AWS_SECRET, 'critical'],
    ['aws_secret_key', `"AWS_SECRET_ACCESS_KEY": "${AWS_SECRET}"`, AWS_SECRET, 'critical'],
    [
      'github_token',
      `git clone https://${GITHUB_CLASSIC}@github.com/org/repo`,
      GITHUB_CLASSIC,
      'high',
    ],
    ['github_token', `GH_TOKEN=${GITHUB_FINE_GRAINED}`, GITHUB_FINE_GRAINED, 'high'],
    ['gitlab_token', `PRIVATE-TOKEN: ${GITLAB}`, GITLAB, 'high'],
    ['slack_token', `SLACK_BOT_TOKEN=${SLACK}`, SLACK, 'high'],
    ['slack_webhook', `curl -X POST ${SLACK_WEBHOOK}`, SLACK_WEBHOOK, 'high'],
    ['stripe_key', `Stripe.apiKey = "${STRIPE_LIVE}";`, STRIPE_LIVE, 'critical'],
    ['openai_key', `OPENAI_API_KEY=${OPENAI_PROJECT}`, OPENAI_PROJECT, 'high'],
    ['openai_key', `openai.api_key = '${OPENAI_LEGACY}'`, OPENAI_LEGACY, 'high'],
    ['anthropic_key', `x-api-key: ${ANTHROPIC}`, ANTHROPIC, 'high'],
    ['google_api_key', `https://maps.googleapis.com/maps/api/js?key=${GOOGLE}`, GOOGLE, 'high'],
    ['npm_token', `//registry.npmjs.org/:_authToken=${NPM}`, NPM, 'high'],
    ['huggingface_token', `HF_TOKEN=${HUGGING_FACE}`, HUGGING_FACE, 'high'],
    ['sendgrid_key', `SENDGRID_API_KEY=${SENDGRID}`, SENDGRID, 'high'],
    ['jwt', `Authorization: Bearer ${JWT}`, JWT, 'medium'],
    [
      'database_url',
      'DATABASE_URL=postgres://app:Zq8vN2kLp4Rx@db.prod.corp:5432/main',
      'Zq8vN2kLp4Rx',
      'high',
    ],
    [
      'database_url',
      'mongodb+srv://svc:h7Yt2Wq9pLm3@cluster0.ab1cd.mongodb.net/db',
      'h7Yt2Wq9pLm3',
      'high',
    ],
    ['generic_secret', 'db_password = "Xk9#mP2$vL8qR4"', 'Xk9#mP2$vL8qR4', 'medium'],
    [
      'generic_secret',
      'api_key: 9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c',
      '9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c',
      'medium',
    ],
    ['generic_secret', '{"client_secret": "Tq4-mW8zR2xN6vB0"}', 'Tq4-mW8zR2xN6vB0', 'medium'],
  ])('finds %s in %j', (kind, text, secret, severity) => {
    expect(found(text)).toEqual([[kind, secret, severity]]);
  });

  it('finds a whole PEM private key block', () => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIEow${PEM_BODY}\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`;
    const text = `key:\n${pem}\nthanks`;
    expect(found(text)).toEqual([['private_key', pem, 'critical']]);
  });

  it('finds OpenSSH and PKCS#8 private keys', () => {
    for (const label of [
      'OPENSSH PRIVATE KEY',
      'PRIVATE KEY',
      'EC PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY',
    ]) {
      const pem = `-----BEGIN ${label}-----\n${PEM_BODY}\n-----END ${label}-----`;
      expect(found(pem)).toEqual([['private_key', pem, 'critical']]);
    }
  });

  it('reports a bare private-key header (no key material) as medium', () => {
    expect(found('A PEM file starts with -----BEGIN PRIVATE KEY----- and ends …')).toEqual([
      ['private_key', '-----BEGIN PRIVATE KEY-----', 'medium'],
    ]);
  });

  it('reports documented vendor examples with severity low', () => {
    expect(found('AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE')).toEqual([
      ['aws_access_key', 'AKIAIOSFODNN7EXAMPLE', 'low'],
    ]);
    expect(found('aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([
      ['aws_secret_key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'low'],
    ]);
    const jwtIo =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    expect(found(jwtIo)).toEqual([['jwt', jwtIo, 'low']]);
    expect(found('sk_test_4eC39HqLyjWDarjtT1zdp7dc')).toEqual([
      ['stripe_key', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'low'],
    ]);
  });

  it('reports one finding when a specific key sits in a generic assignment', () => {
    expect(found(`api_key = "${OPENAI_PROJECT}"`)).toEqual([
      ['openai_key', OPENAI_PROJECT, 'high'],
    ]);
    expect(found(`ANTHROPIC_API_KEY=${ANTHROPIC}`)).toEqual([['anthropic_key', ANTHROPIC, 'high']]);
  });

  it('returns offsets into the original text', () => {
    const text = `token: ${GITHUB_CLASSIC} end`;
    const [match] = detectSecrets(text);
    expect(match).toEqual({
      kind: 'github_token',
      start: 7,
      end: 7 + GITHUB_CLASSIC.length,
      severity: 'high',
    });
  });

  it('is stateless across calls (no shared lastIndex)', () => {
    const text = `a ${GITHUB_CLASSIC} b ${NPM}`;
    expect(detectSecrets(text)).toEqual(detectSecrets(text));
    expect(detectSecrets(text)).toHaveLength(2);
  });

  it.each([
    ['placeholder OpenAI key', 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['placeholder with your', 'export OPENAI_API_KEY="sk-your-key-here-please-replace-it"'],
    ['sk- identifier in prose', 'we use sk-learn-style-estimators-for-classification here'],
    ['placeholder GitHub token', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    ['env reference', 'password = os.environ["DB_PASSWORD"]'],
    ['template reference', 'api_key: ${{ secrets.API_KEY }}'],
    ['code reference', 'password=user.password'],
    ['function call', 'api_key = get_api_key()'],
    ['low-entropy password', 'password=hunter2hunter2'],
    ['placeholder database url', 'postgres://user:password@localhost:5432/db'],
    ['template database url', 'postgresql://${DB_USER}:${DB_PASS}@host/db'],
    ['docs database url', 'mysql://root:<password>@127.0.0.1/app'],
    ['uuid', 'request id 123e4567-e89b-12d3-a456-426614174000'],
    ['git sha', 'fixed in 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b'],
    ['sha256', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['hex colour', 'color: #ff00aa; background: #0a0a0a'],
    ['isbn', 'ISBN 978-3-16-148410-0'],
    ['timestamp', '2024-01-15T10:30:00.000Z'],
    ['order number', 'Order #AB-2024-000123 shipped'],
    [
      'base64 image fragment',
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk',
    ],
    ['not a JWT', 'eyJfoo.eyJbar.baz'],
    [
      'jwt-like without alg header',
      'eyJmb28iOiJiYXIiLCJ4IjoxfQ.eyJzdWIiOiIxMjM0In0abc.c2lnbmF0dXJlc2lnbmF0dXJl',
    ],
    ['password prose', 'Enter your password: then press Enter.'],
    ['aws word without a key', 'The AWS secret key is stored in Secrets Manager.'],
  ])('does not flag %s', (_name, text) => {
    expect(detectSecrets(text)).toEqual([]);
  });

  it('stays fast on adversarial input (linear scan)', () => {
    const inputs = [
      'eyJ'.repeat(70_000),
      `${'a'.repeat(200_000)}`,
      'password='.repeat(20_000),
      '-----BEGIN PRIVATE KEY-----'.repeat(5_000) + 'A'.repeat(20_000),
      'aws secret '.repeat(20_000),
      'postgres://a:'.repeat(15_000),
      `xoxb-${'1234567-'.repeat(25_000)}`,
    ];
    for (const input of inputs) {
      detectSecrets(input);
    }
  });

  it('finds the same secrets when told which hints the text holds', () => {
    const texts = [
      `token: ghp_${'a1B2'.repeat(9)} and password=Xk9#mq2LpZ`,
      'AKIAQWERTYUIOPASDF23 postgres://admin:S3cr3tPassw0rd@db.internal:5432/app',
      'nothing to see here',
    ];
    for (const text of texts) {
      const lower = text.toLowerCase();
      const hints = SECRET_HINTS.map((hint) => (lower.includes(hint) ? 1 : 0));
      expect(detectSecrets(text, hints)).toEqual(detectSecrets(text));
    }
  });

  it('never skips a pattern that would match: each match holds one of its hints', () => {
    const keys = [
      'password',
      'PASSWD',
      'Pwd',
      'secret',
      'Secret_Key',
      'api_key',
      'API-KEY',
      'apiKey',
    ];
    const moreKeys = [
      'access_key',
      'AccessToken',
      'auth-token',
      'client_secret',
      'PRIVATE_KEY',
      'bearer',
    ];
    const schemes = [
      'postgres',
      'PostgreSQL',
      'mysql',
      'MariaDB',
      'mongodb+srv',
      'rediss',
      'AMQPS',
    ];
    const moreSchemes = ['mssql', 'sqlserver', 'CockroachDB', 'clickhouse'];
    const texts = [
      ...[...keys, ...moreKeys].map((key) => `${key}: "Xk9#mP2$vL8qR4zz"`),
      ...[...schemes, ...moreSchemes].map(
        (scheme) => `${scheme}://app:Zq8vN2kLp4Rx@db.prod:5432/x`,
      ),
      `aws_secret_access_key = ${AWS_SECRET}`,
      `token ghp_${'a1B2'.repeat(9)} AKIAQWERTYUIOPASDF23 sk-ant-${'aB3'.repeat(12)} npm_${'x1Y'.repeat(12)}`,
    ];
    const everyHint = SECRET_HINTS.map(() => 1);
    for (const text of texts) {
      expect(detectSecrets(text).length).toBeGreaterThan(0);
      expect(detectSecrets(text)).toEqual(detectSecrets(text, everyHint));
    }
  });
});
