// Web: the HTTP server — the JSON API, the static UI and the queue board, behind the access policy.
export { buildServer } from './server.js';
