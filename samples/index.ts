// Samples: the sample news sites served locally (the demo crawls them; tests and benches too).
export { serveSampleSites } from './server.js';
