// Notify: the daily digest of incidents, and delivery of any message by email and/or webhook.
export { dailyDigest } from './daily.js';
export { deliver, deliveryConfig } from './deliver.js';
