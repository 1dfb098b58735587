// Defaults that a command's --help quotes: plain values with no imports, so that printing usage loads nothing.

/** When the daily digest is built, in LABOURWATCH_TZ, unless `schedule --digest-cron` says otherwise. */
export const DEFAULT_DIGEST_CRON = '55 23 * * *';
