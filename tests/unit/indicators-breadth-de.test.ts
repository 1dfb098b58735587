// German violence by kind: violence suffered is evidence, violence only threatened is a threat (invented sentences).
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('de', {
  found: [
    ['Die Frau wurde durch Androhung von körperlichen Übergriffen zum Bleiben gezwungen.', 'intimidation_and_threats'],
    ['Der Chef drohte den Arbeitern mit Gewalt, falls sie gingen.', 'intimidation_and_threats'],
    ['Die Erntehelfer berichteten von Gewalt durch den Vorarbeiter.', 'physical_and_sexual_violence'],
    ['Es kam immer wieder zu sexuellen Übergriffen auf die Frauen.', 'physical_and_sexual_violence'],
  ],
  refused: [
    [
      'Die Frau wurde durch Androhung von körperlichen Übergriffen zum Bleiben gezwungen.',
      'physical_and_sexual_violence',
    ],
    ['Der Chef drohte den Arbeitern mit Gewalt, falls sie gingen.', 'physical_and_sexual_violence'],
  ],
});
