// French indicators by the kinds reporters use (invented sentences): paid a pittance, a small sum for months of
// work, an hourly rate of a few euros, commissions taken from pay, reprisals suffered. Traps: a monthly pay of
// thousands of euros is no withheld pay; a fear of reprisals in a law's wording.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('fr', {
  found: [
    ['Les cueilleurs étaient rémunérés une misère par le chef de culture.', 'withholding_of_wages'],
    ['L’une des victimes a touché seulement 900 euros pour huit mois de travail.', 'withholding_of_wages'],
    ['Ils percevaient une rémunération horaire allant de 2,50 à 6 euros.', 'withholding_of_wages'],
    ['Les ouvriers étaient payés 400 euros par mois pour six jours de travail par semaine.', 'withholding_of_wages'],
    ['Le recruteur exigeait des commissions prélevées sur leurs salaires.', 'debt_bondage'],
    ['Les saisonnières faisaient l’objet de cris et de représailles de la part du patron.', 'intimidation_and_threats'],
    ['Les vendangeurs étaient payés une misère pour des journées de douze heures.', 'withholding_of_wages'],
    ['Il n’a perçu que 600 euros pour quatre mois de travail.', 'withholding_of_wages'],
    ['Les ouvriers ont subi des représailles après leur plainte.', 'intimidation_and_threats'],
    ['Des commissions étaient retenues sur leurs paies chaque mois.', 'debt_bondage'],
  ],
  refused: [
    ['Les salariés, payés entre 1.800 et 2.200 euros par mois, ont témoigné devant le juge.', 'withholding_of_wages'],
    ['Les ouvriers gagnaient 1 900 euros par mois.', 'withholding_of_wages'],
  ],
});
