// Dedupe: whether an article is a copy of one already indexed (the same text, or the same wire story elsewhere).
export { checkDuplicate } from './store.js';
