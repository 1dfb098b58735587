// Delivers a digest or an alert: by SMTP to the configured recipients (nodemailer) and as Slack-compatible JSON
// (`{"text": …}` plus structured fields) to the webhook. Returns what was delivered, e.g.
// ["smtp:a@example.org", "webhook:hooks.example.org"]; nothing configured → [].
import nodemailer from 'nodemailer';
import { getSettings } from '../config/settings.js';
import { LabourwatchError, ServiceUnavailableError } from '../lib/errors.js';

export interface Message {
  subject: string;
  text: string;
  html?: string;
  fields?: Record<string, unknown>;
}
export interface DeliveryConfig {
  smtpUrl?: string;
  mailFrom?: string;
  mailTo?: string;
  webhookUrl?: string;
}

/** The receiving side refused the message for good (4xx from the webhook, rejected recipients). */
export class DeliveryError extends LabourwatchError {}

export function deliveryConfig(): DeliveryConfig {
  const s = getSettings();
  return { smtpUrl: s.smtpUrl, mailFrom: s.mailFrom, mailTo: s.mailTo, webhookUrl: s.webhookUrl };
}

export const recipients = (to: string | undefined) =>
  (to ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

async function sendMail(msg: Message, cfg: DeliveryConfig): Promise<string> {
  const to = recipients(cfg.mailTo);
  if (!to.length) throw new DeliveryError('LABOURWATCH_SMTP_URL is set but LABOURWATCH_MAIL_TO names no recipient');
  const transport = nodemailer.createTransport(cfg.smtpUrl);
  try {
    await transport.sendMail({
      from: cfg.mailFrom ?? 'labourwatch@localhost',
      to,
      subject: msg.subject,
      text: msg.text,
      ...(msg.html ? { html: msg.html } : {}),
    });
  } catch (err) {
    const code = (err as { responseCode?: number }).responseCode ?? 0;
    if (code >= 500 && code < 600) throw new DeliveryError(`SMTP server refused the message (${code})`, { cause: err });
    throw new ServiceUnavailableError('SMTP delivery failed', { cause: err });
  } finally {
    transport.close();
  }
  return `smtp:${to.join(',')}`;
}

async function postWebhook(msg: Message, url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `*${msg.subject}*\n${msg.text}`, subject: msg.subject, ...(msg.fields ?? {}) }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (err) {
    throw new ServiceUnavailableError('webhook unreachable', { cause: err });
  }
  await res.arrayBuffer().catch(() => undefined);
  if (res.status === 429 || res.status >= 500) throw new ServiceUnavailableError(`webhook answered ${res.status}`);
  if (!res.ok) throw new DeliveryError(`webhook refused the message (${res.status})`);
  return `webhook:${new URL(url).host}`;
}

export async function deliver(msg: Message, cfg: DeliveryConfig = deliveryConfig()): Promise<string[]> {
  const out: string[] = [];
  if (cfg.smtpUrl) out.push(await sendMail(msg, cfg));
  if (cfg.webhookUrl) out.push(await postWebhook(msg, cfg.webhookUrl));
  return out;
}
