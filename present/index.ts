// The public shapes that every face of labourwatch shows (CLI, API, exports, digests), and their presenters.
export { presentIncident, publicIncidentSchema, type PublicIncident } from './incident.js';
