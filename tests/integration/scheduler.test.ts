// Job schedulers in the real Redis: one per source with its cron, a daily digest, idempotent re-sync, and
// sources that leave the file lose their schedule.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { parseSources } from '../../config/sources.js';
import { getQueue, QUEUE } from '../../workers/queues.js';
import { DIGEST_SCHEDULER, syncSchedules } from '../../workers/scheduler.js';
import { cleanupPrefix, usePrefix } from '../helpers.js';

const prefix = usePrefix('schedule');
after(async () => {
  await getQueue(QUEUE.crawl).obliterate({ force: true });
  await getQueue(QUEUE.notify).obliterate({ force: true });
  await cleanupPrefix(prefix);
});

const file = (ids: [string, string][]) =>
  parseSources(
    `sources:\n${ids
      .map(
        ([id, cron]) =>
          `  - id: ${id}\n    name: ${id}\n    feeds: ["https://${id}.example/rss"]\n    schedule: "${cron}"\n`,
      )
      .join('')}`,
  );

describe('syncSchedules', () => {
  it('registers each source on its cron and the daily digest; re-sync is idempotent; removed sources go', async () => {
    await syncSchedules(
      file([
        ['herald', '*/30 * * * *'],
        ['vestnik', '0 * * * *'],
      ]),
      { sourcesPath: 'sources.yaml', tz: 'Asia/Almaty' },
    );
    await syncSchedules(
      file([
        ['herald', '*/30 * * * *'],
        ['vestnik', '0 * * * *'],
      ]),
      { sourcesPath: 'sources.yaml', tz: 'Asia/Almaty' },
    );
    let crawl = await getQueue(QUEUE.crawl).getJobSchedulers(0, -1);
    assert.deepEqual(crawl.map((s) => [s.key, s.pattern, s.tz]).sort(), [
      ['crawl-herald', '*/30 * * * *', 'Asia/Almaty'],
      ['crawl-vestnik', '0 * * * *', 'Asia/Almaty'],
    ]);
    assert.equal(crawl.find((s) => s.key === 'crawl-herald')?.template?.data?.sourceId, 'herald');
    const digest = await getQueue(QUEUE.notify).getJobSchedulers(0, -1);
    assert.deepEqual(
      digest.map((s) => s.key),
      [DIGEST_SCHEDULER],
    );
    assert.equal(digest[0]!.template?.data?.kind, 'digest');

    const r = await syncSchedules(file([['herald', '15 * * * *']]), { sourcesPath: 'sources.yaml', tz: 'UTC' });
    assert.deepEqual(r.removed, ['crawl-vestnik']);
    crawl = await getQueue(QUEUE.crawl).getJobSchedulers(0, -1);
    assert.deepEqual(
      crawl.map((s) => [s.key, s.pattern]),
      [['crawl-herald', '15 * * * *']],
    );
  });

  it('refuses an invalid cron with the source named', async () => {
    await assert.rejects(
      syncSchedules(file([['bad', 'every day']]), { sourcesPath: 's.yaml' }),
      /source bad: invalid cron/,
    );
  });
});
