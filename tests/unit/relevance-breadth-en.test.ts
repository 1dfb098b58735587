// Relevance breadth for English news (issue #11): one invented article per kind of report the English pack must
// judge — raids and rescues, arrests and charges, court steps, customs orders against a named supplier or vessel,
// labour-inspection findings and fines, tribunal rulings on migrant workers, NGO or press disclosures about
// identifiable workers, follow-ups, repatriations, crews stranded unpaid (all incidents); explainers, laws,
// statistics, yearly reports, totals of multi-country operations, campaigns and opinion (related); metaphors,
// sport, sex trafficking with no labour element, history and ordinary pay disputes (unrelated).
// Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const ROWS: Row[] = [
  // Raids and rescues.
  [
    'incident',
    'Police rescue 23 workers from brick kiln in Punjab',
    'Police on Tuesday rescued 23 labourers, including seven children, from a brick kiln near Ludhiana where they had been working for months without wages. The kiln owner had advanced the families small loans and told them they could not leave until the debt was repaid. He has been booked under the Bonded Labour System (Abolition) Act.',
  ],
  [
    'incident',
    'Nine men found living in shipping container on farm, police say',
    'Officers who visited a vegetable farm in Lincolnshire found nine Romanian men sleeping in a shipping container without heating. The men told police they had been paid £20 a week and that their identity cards were kept by the gangmaster. Two men aged 41 and 38 were arrested on suspicion of modern slavery offences.',
  ],
  // Arrests and charges.
  [
    'incident',
    'Couple charged with forcing nanny to work without pay',
    'A couple from Houston have been charged with forced labor after prosecutors said they kept a Nigerian nanny in their home for four years, took her passport and paid her nothing. The woman escaped last year and sought help from a church group. The pair appeared in federal court on Monday.',
  ],
  [
    'incident',
    'Recruiter arrested over trafficking of Nepali workers to Malaysia',
    'Police have arrested the owner of a recruitment agency in Kathmandu accused of sending 40 Nepali workers to a Malaysian factory where they were made to pay off recruitment fees of up to $4,000. The workers complained to the embassy after their wages were withheld for six months.',
  ],
  // Court rulings, convictions, sentencings, appeals.
  [
    'incident',
    'Gang leader jailed for 11 years for exploiting homeless men',
    'The leader of a gang that recruited homeless men at soup kitchens and forced them to work on driveways was jailed for 11 years at Birmingham Crown Court on Friday. The court heard the victims were housed in a filthy caravan, beaten if they complained and paid almost nothing.',
  ],
  [
    'incident',
    'Farm owner loses appeal against modern slavery conviction',
    'A farm owner convicted of holding two Lithuanian workers in servitude has lost his appeal. Judges at the Court of Appeal said the evidence that he confiscated their passports and threatened their families was overwhelming. He will serve the remainder of his six-year sentence.',
  ],
  [
    'incident',
    'Restaurant owner sentenced over forced labour of kitchen staff',
    'A restaurant owner in Glasgow was sentenced to four years in prison after a jury found him guilty of human trafficking. He had brought three cooks from Bangladesh on false promises and made them work 16-hour days seven days a week without a day off.',
  ],
  // Customs orders against a named supplier or vessel.
  [
    'incident',
    'CBP issues withhold release order against Malaysian glove maker',
    'US Customs and Border Protection said on Wednesday it had issued a withhold release order against disposable gloves made by Brightway Holdings, citing indicators of forced labor including debt bondage and retention of identity documents. Shipments from the company will be detained at all US ports of entry.',
  ],
  [
    'incident',
    'US bans seafood from Taiwanese fishing vessel over forced labour',
    'American authorities have barred imports of tuna caught by the Taiwan-flagged vessel Da Wang after finding that crew members were held on board for years, abused and denied their wages. The order means any catch from the ship will be seized at the border.',
  ],
  // Labour-inspection findings and fines.
  [
    'incident',
    'Labour inspectors find 14 workers in slave-like conditions at coffee farm',
    'Labour inspectors in Minas Gerais rescued 14 coffee pickers from conditions analogous to slavery on a farm in the south of the state. The workers slept on the floor of a shed, had no drinking water and owed the employer for their tools and food. The farm owner was ordered to pay compensation.',
  ],
  [
    'incident',
    'Company fined after inspectors find children working in hazardous factory',
    'The Department of Labor fined a meat-processing contractor $1.5 million after investigators found that it employed more than 100 children, some as young as 13, to clean dangerous equipment on overnight shifts at slaughterhouses in eight states.',
  ],
  // Tribunal and employment-authority rulings on migrant workers.
  [
    'incident',
    'Employer ordered to pay $80,000 to migrant workers after tribunal finds exploitation',
    'The Employment Relations Authority has ordered the owner of an Auckland liquor store to pay $80,000 to three Indian migrant workers. The authority found he had charged them premiums for their jobs, paid them well below the minimum wage and threatened to cancel their visas if they complained.',
  ],
  [
    'incident',
    'Labour Inspectorate penalises orchard for exploiting seasonal workers',
    'An orchard in Hawke’s Bay has been penalised $120,000 by the Employment Relations Authority after the Labour Inspectorate found that 22 Samoan seasonal workers were charged for housing they never received and had their wages deducted until they were left with almost nothing.',
  ],
  // NGO and press disclosures about identifiable workers.
  [
    'incident',
    'Investigation: migrant workers at football stadium site unpaid for months',
    'Workers building a stadium in Doha say they have not been paid for seven months. Ram, a 32-year-old from Nepal, told us his employer took his passport on arrival and he cannot go home. Amnesty International said the contractor, Hamad Bin Khalid Contracting, owed more than 100 workers their salaries.',
  ],
  [
    'incident',
    'Fishermen describe beatings and 20-hour shifts aboard Thai trawlers',
    'In interviews with the Environmental Justice Foundation, eleven Cambodian fishermen described being beaten and forced to work 20-hour shifts aboard two trawlers operating off Indonesia. Several said they had been sold to the boat captain by a broker and could not leave the vessel for three years.',
  ],
  // Coercion told of a counted group, with no police or court step yet (an exposé).
  [
    'incident',
    'Trafficked workers made to work 90-hour weeks at bakery',
    'A gang forced 12 victims from Poland to work at a bakery in Northampton for three years. Their bank cards were taken and they were made to work up to 90 hours a week while the gang kept most of their pay.',
  ],
  // Follow-ups on one case.
  [
    'incident',
    'Trial of farmer accused of enslaving workers postponed again',
    'The trial of a farmer accused of keeping six Ukrainian workers in forced labour on his property in Kent has been postponed until September. The victims, who were rescued in a police raid last year, are expected to give evidence by video link.',
  ],
  // Victims repatriated.
  [
    'incident',
    'Fifteen Indonesian domestic workers repatriated after abuse in Saudi Arabia',
    'Fifteen Indonesian domestic workers who fled abusive employers in Riyadh were flown home on Sunday, the foreign ministry said. The women had sought shelter at the embassy after their employers withheld their salaries and confiscated their passports.',
  ],
  // Crews and workers stranded unpaid.
  [
    'incident',
    'Crew stranded on abandoned cargo ship without pay for eight months',
    'Twelve seafarers from India and Myanmar have been stranded aboard the cargo ship MV Aman off the coast of Egypt for eight months without wages, food running short. The owner has abandoned the vessel, and the crew cannot leave because the port authority holds their documents, the International Transport Workers’ Federation said.',
  ],
  [
    'incident',
    'Construction workers abandoned without pay at Gulf site appeal for help',
    'About 60 Bangladeshi construction workers employed by a subcontractor in Kuwait say they have been left without wages or food for four months after the company stopped paying them. Their residence permits have expired and their employer holds their passports, leaving them unable to go home.',
  ],
  // Related: explainers, laws, statistics, reports, totals, campaigns, opinion.
  [
    'related',
    'What is modern slavery and how many people are affected?',
    'Modern slavery covers forced labour, debt bondage, forced marriage and human trafficking. According to the latest global estimates, 50 million people were living in modern slavery in 2021, of whom 28 million were in forced labour. Asia and the Pacific accounted for more than half of the total.',
  ],
  [
    'related',
    'Parliament passes bill to ban goods made with forced labour',
    'Lawmakers approved legislation on Thursday that will ban the sale of products made with forced labour and require large companies to carry out due diligence on their supply chains. The regulation will take effect in three years.',
  ],
  [
    'related',
    'Modern slavery referrals rise 20 per cent, Home Office figures show',
    'The number of potential victims of modern slavery referred to the authorities rose by 20 per cent last year to 17,000, according to Home Office statistics published on Thursday. Labour exploitation was the most common type of exploitation reported for adults.',
  ],
  [
    'related',
    'State Department trafficking report keeps Malaysia on Tier 2 watch list',
    'The annual Trafficking in Persons report released on Monday kept Malaysia on the Tier 2 watch list, saying the government had made efforts but did not fully meet the minimum standards for eliminating trafficking. The report urged authorities to prosecute more forced labour cases in the palm oil and glove industries.',
  ],
  [
    'related',
    '2023 Trafficking in Persons Report: Thailand',
    'The Government of Thailand does not fully meet the minimum standards for the elimination of trafficking. The government prosecuted and convicted traffickers and identified victims of forced labour in the fishing industry. Authorities arrested 12 brokers who had sent workers to scam compounds.',
  ],
  [
    'related',
    'Interpol operation rescues 2,700 trafficking victims in 44 countries',
    'An Interpol-coordinated operation across 44 countries rescued more than 2,700 victims of human trafficking and migrant smuggling and led to 219 arrests, the agency said. Many of the victims had been trafficked for forced labour in factories and farms.',
  ],
  [
    'related',
    'Opinion: Consumers must stop ignoring forced labour in their wardrobes',
    'Opinion: Every time we buy a cheap T-shirt we should ask who made it. Forced labour in cotton fields remains widespread, and brands must do far more to audit their supply chains.',
  ],
  [
    'related',
    'Charity launches campaign to help spot signs of labour exploitation at car washes',
    'An anti-slavery charity has launched a campaign urging drivers to report hand car washes where workers appear to be controlled or unpaid. The campaign app asks customers to answer questions about workers’ conditions and passes concerns to the police.',
  ],
  // Unrelated: metaphors, sport, sex trafficking only, history, ordinary disputes.
  [
    'unrelated',
    'Slave to fashion: why we keep buying clothes we never wear',
    'Psychologists say many shoppers are slaves to fashion trends, buying dozens of garments a year that they wear only once.',
  ],
  [
    'unrelated',
    'Minister forced to resign over expenses scandal',
    'The transport minister was forced to resign on Friday after newspapers revealed he had claimed thousands of pounds in expenses for a second home.',
  ],
  [
    'unrelated',
    'City forced to work with 10 men after red card',
    'City were forced to work with ten men for the final half hour after their captain was sent off, but still held on for a 2-1 win.',
  ],
  [
    'unrelated',
    'Man jailed for trafficking women into prostitution',
    'A man who trafficked four women from Romania and forced them into prostitution at brothels in Leeds was jailed for nine years. The court heard he took their passports and kept all the money they earned from sex work.',
  ],
  [
    'unrelated',
    'Museum opens exhibition on the transatlantic slave trade',
    'A new exhibition tells the story of enslaved Africans carried across the Atlantic in the 18th century and of the abolition movement that ended the slave trade.',
  ],
  [
    'unrelated',
    'Nurses strike over pay as talks collapse',
    'Thousands of nurses walked out on Tuesday in a dispute over pay, saying they are forced to work long hours on wages that have not kept up with inflation.',
  ],
];

checkRelevanceRows('en', ROWS);
