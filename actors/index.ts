// Actors: businesses, recruiters and accused people as records built from the incidents, and their lookup.
export { appearances, filterActors, type Actor } from './build.js';
export { actorFacet, allActors, forgetActors, withActorNames } from './store.js';
