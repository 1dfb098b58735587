// `labourwatch digest`: writes the day's digest as HTML and Markdown; --send delivers it by SMTP / webhook.
// Elasticsearch and delivery are imported once the flags are read (`--help` loads nothing).
import { UserError } from '../lib/errors.js';
import { parseFlags, type Command } from './command.js';

const command: Command = {
  summary: 'build the daily digest (HTML and Markdown); --send delivers it',
  usage: `
labourwatch digest [--date YYYY-MM-DD] [--out DIR] [--send]

Builds the digest of one day: the incidents first seen (new) or given new facts (updated) that day, with
place, victims, businesses, indicators and a link to every source. Writes DIR/digest-<date>.html (inline CSS,
fit for email) and DIR/digest-<date>.md, and prints their paths.

Options:
  --date D    the day, YYYY-MM-DD (default: today in LABOURWATCH_TZ)
  --out DIR   where to write the files (default: the current directory)
  --send      also deliver it: by mail (LABOURWATCH_SMTP_URL, LABOURWATCH_MAIL_FROM, LABOURWATCH_MAIL_TO)
              and to LABOURWATCH_WEBHOOK_URL (Slack-compatible JSON), whichever are set
`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      { date: { type: 'string' }, out: { type: 'string', default: '.' }, send: { type: 'boolean', default: false } },
      false,
    );
    const [{ getSettings }, { dayIn }, { closeElastic }, { deliveryConfig, dailyDigest }] = await Promise.all([
      import('../config/settings.js'),
      import('../lib/clock.js'),
      import('../lib/elastic.js'),
      import('../notify/index.js'),
    ]);
    const date = values.date ?? dayIn(new Date(), getSettings().timezone);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw new UserError(`--date: expected YYYY-MM-DD, got "${date}"`);
    const cfg = deliveryConfig();
    if (values.send && !cfg.smtpUrl && !cfg.webhookUrl)
      throw new UserError(
        '--send: nothing to send to; set LABOURWATCH_SMTP_URL (with LABOURWATCH_MAIL_TO) or LABOURWATCH_WEBHOOK_URL',
      );
    try {
      const d = await dailyDigest(date, { outDir: values.out, send: values.send, delivery: cfg });
      process.stderr.write(`${d.digest.subject}\n`);
      for (const f of d.files) process.stdout.write(f + '\n');
      for (const x of d.delivered) process.stderr.write(`delivered: ${x}\n`);
      return 0;
    } finally {
      await closeElastic();
    }
  },
};
export default command;
