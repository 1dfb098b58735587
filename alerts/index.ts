// Alerts: saved searches (stored, listed, deleted through the API) and the check that matches new or updated
// incidents against them and delivers one message per saved search (run by the notify worker).
export { checkSavedSearches } from './check.js';
export type { AlertMessage, Deliver } from './message.js';
export { createSavedSearch, deleteSavedSearch, listSavedSearches } from './store.js';
