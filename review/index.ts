// Review: an analyst's verdict on an incident, and merging or splitting incidents by hand, stored with their
// history (the corrections of facts themselves are applied by incidents/).
export { REVIEW_STATES } from './decisions.js';
export { mergedInto, mergeIncidents, NotFound, reviewIncident, splitIncident } from './store.js';
