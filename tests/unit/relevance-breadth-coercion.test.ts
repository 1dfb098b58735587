// Relevance breadth, second round (en/de/fr/it/ru): incidents told as behaviour and enforcement rather than in the
// law's words — workers, two or more kinds of coercion (wages withheld, papers kept, locked in, threats, debts,
// lies at recruitment, endless hours, degrading housing) and an enforcement or case step (raid, rescue, arrest,
// charge, trial, sentence, inspection finding, compensation order) — and case shapes beyond raids (rulings,
// prosecutors' charges, customs orders against a named supplier, inspection findings, NGO disclosures about named
// workers, awards, follow-ups), each language's legal and newsroom vocabulary. Beside them the traps: aggregates,
// yearly reports, policy and opinion stay related; strikes over pay, wage-theft suits without coercion, culture,
// metaphors and sport stay unrelated. Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const TABLES: Record<string, Row[]> = {
  en: [
    [
      'incident',
      'Authority orders restaurant owners to pay penalties for migrant abuse',
      'The Employment Relations Authority has ordered the owners of an Auckland restaurant to pay penalties of $90,000 after finding they paid six migrant chefs well below the minimum wage and made them repay part of their wages in cash. The workers were on temporary visas tied to the business.',
    ],
    [
      'related',
      'Consultation opens on tougher rules against migrant exploitation',
      'The government is seeking public submissions on proposals to stop the abuse of temporary visa workers, including a new offence for employers who charge premiums for jobs.',
    ],
    [
      'incident',
      'Care home loses sponsor licence after carers found working unpaid shifts',
      'The Home Office revoked the sponsor licence of a care provider in Kent after inspectors found that 30 carers from Zimbabwe had been charged £10,000 each for their visas, were working unpaid double shifts and feared being sent home if they complained.',
    ],
    [
      'unrelated',
      'Pub loses licence after late-night brawls',
      'Councillors revoked the licence of a pub in Swansea after police reported repeated fights outside the premises.',
    ],
    // Told as behaviour only, in other newsroom styles.
    [
      'incident',
      'Teenagers made to sell cakes door to door for nothing, court hears',
      'A court in Manchester heard on Wednesday that two boys aged 15 and 16 were driven around the country selling cakes from 7am to 10pm, were never paid and were told their families would be hurt if they ran away. Two men deny the charges.',
    ],
    [
      'incident',
      'Crew stranded on bulk carrier for nine months without pay, union says',
      'The 17 crew members of the Panama-flagged bulk carrier Ocean Star have not been paid for nine months and cannot leave the ship because the owner holds their discharge books, the International Transport Workers’ Federation said after inspectors boarded the vessel in Fujairah.',
    ],
    [
      'unrelated',
      'Man jailed for threatening neighbour and stealing his passport',
      'A man from Swindon was jailed for two years after he threatened his neighbour with a knife and stole his passport and bank cards during a dispute over parking.',
    ],
    // Case shapes beyond raids, told with the topic's words.
    [
      'incident',
      'Appeal court upholds forced labour conviction of factory boss',
      'The Court of Appeal has upheld the conviction of a textile factory owner from Leicester who was found guilty of forced labour last year. Judges rejected his argument that the workers had consented to their pay.',
    ],
    [
      'incident',
      'Three charged over trafficking of Vietnamese teenagers to nail bars',
      'The Crown Prosecution Service has authorised charges against three people accused of trafficking four Vietnamese teenagers to work in nail bars in Essex. They will appear at Chelmsford Magistrates’ Court next week.',
    ],
    [
      'incident',
      'Trafficked fisherman wins compensation from Taiwanese vessel owner',
      'An Indonesian fisherman who was trafficked onto a Taiwanese longliner and held at sea for two years has won compensation of $40,000 from the vessel’s owner, his lawyers said.',
    ],
    [
      'incident',
      'Five years on, victims of farm slavery case still await payment',
      'Five years after 11 men were freed from modern slavery at a farm in Lincolnshire, none has received the compensation a judge ordered the farmer to pay, a charity said on Tuesday.',
    ],
    [
      'related',
      'Government sets out plans for forced labour import ban',
      'Ministers published proposals on Tuesday that would allow border officials to block goods made with forced labour, following similar rules in the US and the EU.',
    ],
    // Behaviour and a raid, no legal word.
    [
      'incident',
      'Police raid car wash after tip-off about workers',
      'Officers raided a hand car wash in Wolverhampton on Thursday after a tip-off. Four Albanian men told officers their boss kept their passports and that they slept on mattresses in a back room. They said they were paid £10 a day and were threatened if they asked for more. A 45-year-old man was arrested.',
    ],
    [
      'incident',
      'Farm owner charged after workers locked in at night',
      'Prosecutors have charged the owner of a strawberry farm in Kent with false imprisonment and threats to kill. Seasonal pickers from Kyrgyzstan said they were locked in their caravans at night and that their wages were withheld to cover a debt for their flights.',
    ],
    [
      'incident',
      'Restaurant boss jailed for keeping chef’s passport and wages',
      'A restaurant owner from Glasgow was jailed for three years on Friday after a jury found he had kept a Bangladeshi chef’s passport, paid him almost nothing for two years and threatened to have him deported if he complained. The chef worked 16-hour days, the court heard.',
    ],
    // Newer vocabulary: orders and forms of the offence.
    [
      'incident',
      'Gangmaster given Slavery and Trafficking Risk Order',
      'Magistrates in Boston imposed a Slavery and Trafficking Risk Order on a labour provider who supplied workers to packhouses. The order bans him from arranging work or accommodation for anyone for five years.',
    ],
    [
      'incident',
      'US customs detains shipments from Malaysian glove maker',
      'US Customs and Border Protection issued a Withhold Release Order against Top Harvest Gloves Sdn Bhd, saying it found evidence of debt bondage and retention of identity documents among migrant workers at its factories in Klang.',
    ],
    // Inspection finding.
    [
      'incident',
      'Inspectors find care workers housed eight to a room and owed wages',
      'Labour inspectors who visited a care agency in Norwich found that 12 care workers recruited from India were housed eight to a room, owed three months of wages and had been charged recruitment fees of £8,000. The agency’s licence was suspended.',
    ],
    // NGO disclosure about a named worker.
    [
      'incident',
      'Charity says domestic worker held for six years in London flat',
      'A charity supporting migrant domestic workers said on Monday that Maria, a 52-year-old from the Philippines, had been confined to a flat in Kensington for six years, worked from 6am to midnight and was never paid. Her employers took her passport on arrival, she said.',
    ],
    // Compensation award and follow-up.
    [
      'incident',
      'Tribunal awards £70,000 to worker who was held in servitude',
      'An employment tribunal ordered a family in Leeds to pay £70,000 to a Kenyan woman who was held in domestic servitude, finding she had been made to work seven days a week without wages and was not allowed to leave the house alone.',
    ],
    [
      'incident',
      'Men freed from farm last year still waiting for back pay',
      'A year after police freed 14 men from a turkey farm in Norfolk, the workers say they are still owed wages. The farmer, who had kept their passports and housed them in a barn, is due to stand trial in March.',
    ],
    [
      'incident',
      'Factory owner held after workers say they were lured with false job offers',
      'Police arrested a factory owner in Leicester after 20 garment workers said they had been lured from Pakistan with false promises of good pay, made to repay a debt of £3,000 each and threatened with violence when they asked to leave.',
    ],
    // Related traps.
    [
      'related',
      'Modern slavery referrals rise for third year',
      'The number of potential victims of modern slavery referred to the National Referral Mechanism rose by 14% last year to 17,000, according to Home Office statistics. Labour exploitation was the most common type.',
    ],
    [
      'related',
      'What employers need to know about the new Modern Slavery Act guidance',
      'The updated statutory guidance explains how companies should report on forced labour risks in their supply chains and what due diligence the law expects.',
    ],
    [
      'related',
      'Europol operation identifies 300 possible victims of labour exploitation',
      'Police forces in 25 countries took part in a week of action against labour exploitation, carrying out 2,000 inspections and identifying 300 possible victims of trafficking, Europol said.',
    ],
    // Unrelated traps: labour disputes and wage theft without coercion, culture, sport.
    [
      'unrelated',
      'Bus drivers strike over unpaid overtime',
      'Bus drivers in Manchester walked out on Monday in a dispute over unpaid overtime and long shifts. The union said drivers were working 12-hour days and some had not been paid for extra hours since March. Police monitored the picket line.',
    ],
    [
      'unrelated',
      'Coffee chain sued by staff over unpaid wages',
      'Former baristas have filed a lawsuit against a coffee chain, alleging it failed to pay them for breaks and withheld tips. The company said it would defend the claim in court.',
    ],
    [
      'unrelated',
      'Review: a harrowing film about a family held captive on a farm',
      'The new film follows a family locked in a farmhouse by a cruel landlord who takes their papers and threatens them. The director draws strong performances from a young cast.',
    ],
  ],
  de: [
    [
      'related',
      'Beratungsnetz legt Saisonbilanz vor: Erntehelfer oft ohne Mindestlohn',
      'Das Beratungsnetz für Saisonkräfte legt seinen Jahresbericht vor. Eine Sprecherin berichtet von Ausbeutung und von Fällen, in denen Vorarbeiter Erntehelfer bedroht und geschlagen hätten, und von Arbeitstagen bis zu 14 Stunden. Die Berater waren auf 50 Höfen im ganzen Land unterwegs.',
    ],
    [
      'incident',
      'Erntehelferin erzählt: Pass weg, Lohn weg',
      'Eine 32-jährige Erntehelferin aus Rumänien erzählt, wie sie auf einem Gemüsehof in Niedersachsen ohne Lohn arbeiten musste. Der Vorarbeiter habe ihren Pass eingesammelt und gedroht, sie bei der Polizei anzuzeigen, wenn sie gehe.',
    ],
    [
      'unrelated',
      'Paketbote erzählt von langen Tagen und wenig Geld',
      'Ein Paketbote aus Köln erzählt, dass er oft zehn Stunden am Tag unterwegs ist und Überstunden nicht bezahlt bekommt. Er hofft auf einen besseren Tarifvertrag.',
    ],
    [
      'incident',
      'Großrazzia bei Reinigungsfirma: Beschäftigte ohne Lohn und ohne Pässe',
      'Bei einer Großrazzia gegen eine Reinigungsfirma in Frankfurt haben Zoll und Polizei 14 Wohnungen durchsucht. Die Beschäftigten aus Georgien sollen monatelang ohne Lohn gearbeitet haben, ihre Pässe verwahrte der Chef. Zwei Männer kamen in Untersuchungshaft.',
    ],
    [
      'unrelated',
      'Großrazzia gegen Drogenhändler in Berlin',
      'Bei einer Großrazzia gegen eine Drogenbande hat die Polizei in Berlin 20 Wohnungen durchsucht und sechs Verdächtige festgenommen.',
    ],
    [
      'incident',
      'Saisonarbeiter in Baracken: Landwirt muss Bußgeld zahlen',
      'Nach einer Kontrolle auf einem Obsthof im Alten Land hat das Gewerbeaufsichtsamt einen Landwirt zu einem Bußgeld verurteilt. Die 25 Saisonarbeiter aus Moldau lebten in Baracken ohne Heizung, arbeiteten zwölf Stunden täglich ohne freien Tag und mussten ihre Ausweise beim Vorarbeiter lassen.',
    ],
    [
      'incident',
      'Menschenhandel: Anklage gegen Betreiber eines Pflegedienstes',
      'Die Staatsanwaltschaft München I hat Anklage gegen den Betreiber eines Pflegedienstes erhoben. Er soll Pflegekräfte von den Philippinen mit falschen Versprechen nach Deutschland gelockt und ihnen hohe Vermittlungsgebühren abverlangt haben.',
    ],
    [
      'unrelated',
      'Mann bedroht Nachbarn und stiehlt Ausweis',
      'Ein 40-Jähriger ist in Bremen festgenommen worden, nachdem er seinen Nachbarn bedroht und ihm Ausweis und Geldbörse gestohlen hatte. Anlass war ein Streit um einen Parkplatz.',
    ],
    [
      'incident',
      'Bundesgerichtshof bestätigt Urteil wegen Zwangsarbeit',
      'Der Bundesgerichtshof hat die Verurteilung eines Bauunternehmers wegen Zwangsarbeit und Menschenhandel bestätigt. Das Landgericht Hannover hatte ihn zu vier Jahren Haft verurteilt, weil er Arbeiter aus Rumänien ohne Lohn beschäftigt hatte.',
    ],
    [
      'incident',
      'Anklage wegen Ausbeutung der Arbeitskraft gegen Spargelbauern',
      'Die Staatsanwaltschaft Verden hat einen Spargelbauern wegen Ausbeutung der Arbeitskraft angeklagt. Er soll 40 Saisonkräfte aus Georgien für zwei Euro pro Stunde beschäftigt haben.',
    ],
    [
      'incident',
      'Ein Jahr nach der Razzia: Opfer von Arbeitsausbeutung warten auf Lohn',
      'Ein Jahr nach der Razzia auf einem Gemüsehof im Rhein-Kreis Neuss warten die damals befreiten Erntehelfer aus der Ukraine noch immer auf ihren Lohn. Der Prozess gegen den Betreiber soll im Herbst beginnen.',
    ],
    [
      'related',
      'Sieben Fragen zur Arbeitsausbeutung in der Pflege',
      'Wie verbreitet ist Arbeitsausbeutung in der häuslichen Pflege, und welche Rechte haben Betreuungskräfte aus Osteuropa? Ein Überblick über Gesetze und Beratungsangebote.',
    ],
    [
      'incident',
      'Zoll durchsucht Baustelle: Arbeiter mussten Pässe abgeben',
      'Beamte der Finanzkontrolle Schwarzarbeit haben am Dienstag eine Baustelle in Leipzig durchsucht. Die 17 Bauarbeiter aus Moldau mussten ihre Pässe beim Vorarbeiter abgeben und bekamen seit Monaten keinen Lohn. Sie schliefen in Containern auf dem Gelände. Der Subunternehmer wurde festgenommen.',
    ],
    [
      'incident',
      'Erntehelfer eingesperrt und bedroht: Landwirt angeklagt',
      'Die Staatsanwaltschaft Oldenburg hat Anklage gegen einen Landwirt erhoben. Er soll rumänische Erntehelfer nachts eingeschlossen, mit Schlägen bedroht und ihnen den Lohn für die Anreise abgezogen haben.',
    ],
    [
      'incident',
      'Haftstrafe für Restaurantbetreiber wegen ausbeuterischer Arbeitsbedingungen',
      'Das Landgericht Augsburg hat einen Restaurantbetreiber zu drei Jahren Haft verurteilt. Er hatte zwei Köche aus Indien unter ausbeuterischen Arbeitsbedingungen beschäftigt, ihnen die Ausweise abgenommen und sie 14 Stunden am Tag arbeiten lassen.',
    ],
    [
      'incident',
      'Razzia bei Paketdienst: Verdacht auf Menschenhandel zum Zweck der Ausbeutung der Arbeitskraft',
      'Bei einer Razzia gegen einen Subunternehmer eines Paketdienstes haben Ermittler in fünf Bundesländern Wohnungen und Büros durchsucht. Die Fahrer aus Usbekistan sollen mit falschen Versprechen angeworben worden sein.',
    ],
    [
      'incident',
      'Zoll deckt Lohnbetrug in Fleischbetrieb auf',
      'Bei einer Prüfung in einem Schlachtbetrieb im Kreis Gütersloh stellte das Hauptzollamt fest, dass 60 Beschäftigte aus Bulgarien für ihre Unterkunft überhöhte Abzüge hinnehmen mussten und ihre Ausweise beim Vermittler lagen. Gegen den Werkvertragsunternehmer wird ermittelt.',
    ],
    [
      'incident',
      'Pflegerin aus Polen erstreitet Nachzahlung',
      'Das Arbeitsgericht Berlin hat einer polnischen Pflegekraft eine Nachzahlung von 40.000 Euro zugesprochen. Sie hatte rund um die Uhr eine Seniorin betreut, durfte das Haus kaum verlassen und erhielt nur einen Bruchteil des Mindestlohns.',
    ],
    [
      'incident',
      'Beratungsstelle berichtet von eingesperrter Haushaltshilfe',
      'Eine Beratungsstelle für Betroffene von Arbeitsausbeutung in Hamburg hat eine 29-jährige Frau aus den Philippinen betreut, die in einem Haushalt eingesperrt war. Ihre Arbeitgeber hatten ihr den Pass weggenommen und nie Lohn gezahlt.',
    ],
    [
      'incident',
      'Prozessauftakt gegen Betreiber von Nagelstudios',
      'Vor dem Landgericht Köln hat der Prozess gegen ein Ehepaar begonnen, das vietnamesische Frauen in seinen Nagelstudios ohne Bezahlung arbeiten ließ. Die Frauen mussten Schulden für die Schleusung abarbeiten und wurden bedroht.',
    ],
    [
      'incident',
      'Polizei befreit Männer aus Lagerhalle',
      'Die Polizei hat in einer Lagerhalle bei Duisburg sechs Männer aus Rumänien befreit. Sie waren dort eingesperrt, wurden geschlagen und mussten ohne Lohn Altmetall sortieren. Zwei Tatverdächtige wurden festgenommen.',
    ],
    [
      'incident',
      'US-Zoll verhängt Importstopp gegen Fischereiflotte',
      'Die US-Zollbehörde hat ein Einfuhrverbot für Thunfisch der Fangflotte Da Yu Fishery verhängt. Auf den Schiffen seien Schuldknechtschaft und einbehaltene Löhne festgestellt worden.',
    ],
    // Related traps.
    [
      'related',
      'Lagebild: Mehr Verfahren wegen Arbeitsausbeutung',
      'Laut dem Bundeslagebild Menschenhandel des BKA stieg die Zahl der Ermittlungsverfahren wegen Arbeitsausbeutung im vergangenen Jahr um 20 Prozent. Betroffen waren vor allem Bau und Landwirtschaft.',
    ],
    [
      'related',
      'Bundestag berät über schärfere Regeln gegen Ausbeutung in der Fleischindustrie',
      'Der Bundestag hat am Donnerstag über einen Gesetzentwurf beraten, der Werkverträge in der Fleischindustrie verbieten soll. Gewerkschaften sprechen seit Jahren von Arbeitsausbeutung osteuropäischer Beschäftigter und begrüßten die Reform.',
    ],
    [
      'related',
      'Europaweite Aktionstage: 400 mögliche Opfer von Arbeitsausbeutung',
      'Bei europaweiten Aktionstagen gegen Arbeitsausbeutung haben Behörden in 28 Ländern mehr als 15.000 Kontrollen durchgeführt und 400 mögliche Opfer identifiziert, teilte Europol mit.',
    ],
    // Unrelated traps.
    [
      'unrelated',
      'Warnstreik bei Lieferdienst: Fahrer fordern mehr Lohn',
      'Fahrer eines Lieferdienstes in München haben am Montag die Arbeit niedergelegt. Sie fordern höhere Löhne und kritisieren unbezahlte Überstunden und lange Schichten. Die Gewerkschaft kündigte weitere Streiks an.',
    ],
    [
      'unrelated',
      'Kellnerin verklagt Café wegen nicht gezahlter Überstunden',
      'Eine Kellnerin hat vor dem Arbeitsgericht Frankfurt gegen ihren früheren Arbeitgeber geklagt, weil er ihr Überstunden nicht bezahlt habe. Das Café weist die Vorwürfe zurück.',
    ],
    [
      'unrelated',
      'Trainer als Sklaventreiber: Spieler klagen über hartes Training',
      'Mehrere Spieler des Zweitligisten beschweren sich über den neuen Trainer, der sie wie Sklaven schuften lasse. Der Verein stellte sich hinter den Coach.',
    ],
  ],
  fr: [
    [
      'incident',
      'Des ouvriers racontent leurs mois sans salaire sur un chantier de Marseille',
      'Cinq ouvriers tunisiens racontent avoir travaillé quatre mois sans salaire sur un chantier de Marseille. Leur employeur gardait leurs passeports et les menaçait de les renvoyer au pays s’ils se plaignaient.',
    ],
    [
      'unrelated',
      'Une caissière raconte ses journées à rallonge',
      'Une caissière d’un supermarché de Lille raconte ses journées de dix heures et ses heures supplémentaires non payées. Elle espère une augmentation.',
    ],
    [
      'incident',
      'Coup de filet contre un réseau qui exploitait des saisonniers',
      'Un coup de filet a permis l’interpellation de six personnes soupçonnées d’avoir exploité des saisonniers africains dans les vergers de la Drôme. Les ouvriers devaient rembourser les frais de leur voyage et leurs papiers étaient confisqués. Deux suspects ont été placés en détention provisoire.',
    ],
    [
      'unrelated',
      'Coup de filet contre un trafic de cannabis à Marseille',
      'Un coup de filet a permis l’interpellation de douze personnes impliquées dans un trafic de cannabis dans les quartiers nord de Marseille.',
    ],
    [
      'incident',
      'Des ouvriers payés 2 euros de l’heure sur un chantier : trois interpellations',
      'Trois hommes ont été interpellés mardi à Lyon. Ils sont soupçonnés d’avoir fait travailler une vingtaine d’ouvriers pakistanais 12 heures par jour pour 2 euros de l’heure, en les menaçant de les dénoncer aux autorités.',
    ],
    [
      'incident',
      'Douanes américaines : interdiction d’importation contre un producteur de coton',
      'Les États-Unis ont interdit l’importation du coton de la société Huafu Textiles, estimant que ses ouvriers étaient soumis au travail forcé.',
    ],
    [
      'unrelated',
      'Un homme condamné pour avoir menacé son voisin et volé son passeport',
      'Le tribunal correctionnel de Nantes a condamné un homme à six mois de prison pour avoir menacé son voisin et volé son passeport lors d’une dispute.',
    ],
    [
      'incident',
      'Travail forcé : la cour d’appel confirme la condamnation d’un viticulteur',
      'La cour d’appel de Bordeaux a confirmé la condamnation d’un viticulteur pour traite des êtres humains et travail forcé. Il avait employé des ouvriers roumains sans salaire pendant deux vendanges.',
    ],
    [
      'incident',
      'Traite des êtres humains : un couple de restaurateurs mis en examen',
      'Un couple de restaurateurs de Strasbourg a été mis en examen pour traite des êtres humains. Il est soupçonné d’avoir fait travailler un cuisinier népalais sans contrat ni salaire.',
    ],
    [
      'incident',
      'Esclavage domestique : une diplomate condamnée à indemniser son employée',
      'Le tribunal a condamné une diplomate à verser 60.000 euros à une employée de maison philippine qu’elle avait maintenue en servitude domestique pendant quatre ans.',
    ],
    [
      'related',
      'Qu’est-ce que le travail forcé ? Les réponses de l’OIT',
      'Selon l’Organisation internationale du travail, le travail forcé concerne 28 millions de personnes dans le monde. Voici comment la notion est définie par la convention de 1930.',
    ],
    [
      'incident',
      'Des ouvriers agricoles logés sous des bâches : l’exploitant placé en garde à vue',
      'Les gendarmes ont découvert mardi douze ouvriers marocains logés sous des bâches dans une exploitation de Lot-et-Garonne. Leurs passeports étaient retenus par l’employeur et ils n’avaient pas été payés depuis deux mois. L’exploitant a été placé en garde à vue.',
    ],
    [
      'incident',
      'Vendanges : un prestataire mis en examen pour traite des êtres humains',
      'Un prestataire de services viticoles a été mis en examen et écroué pour traite des êtres humains aux fins d’exploitation par le travail. Une cinquantaine de vendangeurs avaient été hébergés dans des conditions indignes près d’Épernay.',
    ],
    [
      'incident',
      'Condamné pour avoir soumis des ouvriers à des conditions de travail et d’hébergement indignes',
      'Le tribunal correctionnel de Bobigny a condamné un chef d’entreprise du bâtiment à deux ans de prison, dont un avec sursis. Il employait des ouvriers sans papiers qu’il logeait dans un entrepôt et menaçait de dénoncer à la police.',
    ],
    [
      'incident',
      'Une employée de maison enfermée pendant dix ans : le couple renvoyé devant les assises',
      'Un couple de Nanterre sera jugé pour avoir maintenu une femme originaire du Sri Lanka dans une situation de servitude pendant dix ans. Elle travaillait de 6 heures à minuit, ne pouvait pas sortir et ne percevait aucun salaire.',
    ],
    [
      'incident',
      'L’inspection du travail relève des journées de 14 heures dans un restaurant',
      'Lors d’un contrôle conjoint avec la police, l’inspection du travail a constaté que trois cuisiniers travaillaient 14 heures par jour sans repos, dormaient dans la réserve et n’étaient pas déclarés. Le gérant sera poursuivi.',
    ],
    [
      'incident',
      'Les douanes américaines bloquent les importations d’un fabricant de gants',
      'Les douanes américaines ont émis un ordre de retenue contre les gants du fabricant malaisien Brightway Holdings, invoquant la servitude pour dettes et la rétention de documents d’identité des ouvriers.',
    ],
    [
      'incident',
      'Une association dénonce le sort de travailleurs détachés sur un chantier',
      'Une association d’aide aux migrants affirme que 30 travailleurs détachés roumains employés sur un chantier à Marseille n’ont pas été payés depuis trois mois, que leurs papiers ont été confisqués et qu’ils ont été menacés d’expulsion. Une plainte a été déposée.',
    ],
    [
      'incident',
      'Soumission à des conditions contraires à la dignité : un agriculteur condamné à indemniser ses saisonniers',
      'Le tribunal a condamné un agriculteur à verser 80.000 euros de dommages et intérêts à six saisonniers équatoriens qu’il faisait dormir dans un hangar.',
    ],
    [
      'incident',
      'Procès des «esclaves» du maraîcher : le parquet requiert quatre ans',
      'Au deuxième jour du procès, le parquet a requis quatre ans de prison contre un maraîcher accusé d’avoir fait travailler sans salaire des hommes vulnérables pendant des années, en les privant de leurs papiers.',
    ],
    [
      'incident',
      'Belgique : démantèlement d’un réseau qui exploitait des ouvriers brésiliens',
      'La police fédérale a démantelé un réseau qui faisait travailler des ouvriers brésiliens sur des chantiers en Flandre pour 3 euros de l’heure. Les victimes devaient rembourser une dette de voyage et leurs passeports étaient confisqués. Cinq suspects ont été arrêtés.',
    ],
    // Related traps.
    [
      'related',
      'Traite des êtres humains : le nombre de victimes identifiées en hausse',
      'Selon le rapport annuel de la Miprof, le nombre de victimes de traite des êtres humains suivies par les associations a augmenté de 12 % l’an dernier. L’exploitation par le travail représente un quart des cas.',
    ],
    [
      'related',
      'Tribune : il faut mieux protéger les travailleurs saisonniers',
      'Les saisonniers agricoles restent exposés au travail forcé et à la traite. Le législateur devrait renforcer les contrôles et la responsabilité des donneurs d’ordre.',
    ],
    [
      'related',
      'Opération européenne contre l’exploitation par le travail : 150 victimes',
      'Une opération coordonnée par Europol dans 20 pays a permis de contrôler 8.000 personnes et d’identifier 150 victimes potentielles de traite, a annoncé l’agence.',
    ],
    // Unrelated traps.
    [
      'unrelated',
      'Grève des éboueurs : les salariés dénoncent des heures supplémentaires impayées',
      'Les éboueurs de la métropole sont en grève depuis lundi. Ils réclament le paiement d’heures supplémentaires impayées et dénoncent des journées trop longues. Les négociations reprennent jeudi.',
    ],
    [
      'unrelated',
      'Prud’hommes : une vendeuse obtient le paiement de ses heures supplémentaires',
      'Le conseil de prud’hommes de Lyon a condamné une enseigne de prêt-à-porter à verser 5.000 euros à une ancienne vendeuse pour des heures supplémentaires non payées.',
    ],
    [
      'unrelated',
      'Un film sur l’esclavage domestique primé à Cannes',
      'Le film raconte l’histoire d’une jeune femme enfermée chez une famille aisée, privée de ses papiers. Le réalisateur a reçu le prix du jury.',
    ],
  ],
  it: [
    [
      'unrelated',
      'Famiglie e badanti, un’indagine: furti e minacce in un caso su cinque',
      'Il 21% delle famiglie racconta di aver subito furti, minacce o maltrattamenti da parte di collaboratori domestici, secondo un’indagine su 800 famiglie. Solo il 10% ha sporto denuncia.',
    ],
    [
      'incident',
      'Raccontano i braccianti: senza paga e minacciati dal caporale',
      'Sei braccianti maliani raccontano di aver lavorato per mesi senza paga nelle campagne di Foggia, minacciati dal caporale che teneva i loro documenti.',
    ],
    [
      'unrelated',
      'Una cameriera racconta: turni lunghi e straordinari non pagati',
      'Una cameriera di Rimini racconta la sua estate di turni lunghi e straordinari non pagati. Spera in un contratto migliore per la prossima stagione.',
    ],
    [
      'incident',
      'Caporalato nel Vercellese: obbligo di dimora per due imprenditori',
      'Il gip di Vercelli ha disposto l’obbligo di dimora per due imprenditori agricoli accusati di caporalato. I braccianti africani lavoravano nelle risaie dieci ore al giorno per 3 euro l’ora e dormivano in un casolare senza acqua.',
    ],
    [
      'unrelated',
      'Obbligo di dimora per il ladro di biciclette',
      'Il giudice ha disposto l’obbligo di dimora per un uomo accusato di aver rubato dieci biciclette in centro a Torino.',
    ],
    [
      'incident',
      'Stop Usa all’import dai pescherecci di una compagnia taiwanese',
      'Le dogane statunitensi hanno bloccato le importazioni di tonno della flotta della Yu Long Fishery, accusata di lavoro forzato a bordo dei pescherecci.',
    ],
    [
      'incident',
      'Badante segregata in casa e senza stipendio: denunciata una coppia',
      'I carabinieri di Padova hanno denunciato una coppia che teneva segregata in casa una badante georgiana, senza stipendio da un anno e con il passaporto chiuso in un cassetto.',
    ],
    [
      'unrelated',
      'Minaccia il vicino e gli ruba il passaporto: arrestato',
      'Un uomo di 35 anni è stato arrestato a Bari dopo aver minacciato il vicino di casa e avergli rubato il passaporto durante una lite condominiale.',
    ],
    [
      'incident',
      'Caporalato, la Cassazione conferma le condanne per l’azienda di Latina',
      'La Corte di Cassazione ha confermato le condanne per caporalato nei confronti dei titolari di un’azienda agricola di Latina che impiegava braccianti indiani per 4 euro l’ora.',
    ],
    [
      'incident',
      'Sfruttamento del lavoro, la Procura chiude le indagini su un laboratorio tessile',
      'La Procura di Firenze ha chiuso le indagini sul titolare di un laboratorio tessile di Prato accusato di sfruttamento del lavoro di dodici operai cinesi.',
    ],
    [
      'incident',
      'Riduzione in schiavitù, risarcimento di 100mila euro a una badante',
      'Il tribunale di Torino ha riconosciuto un risarcimento di 100mila euro a una badante moldava ridotta in schiavitù da una famiglia per cui aveva lavorato cinque anni senza stipendio.',
    ],
    [
      'related',
      'Che cos’è il caporalato e come si combatte',
      'Il caporalato è l’intermediazione illecita di manodopera punita dall’articolo 603-bis del codice penale. Ecco cosa prevede la legge e come denunciare.',
    ],
    [
      'incident',
      'Braccianti pagati 3 euro l’ora e minacciati: arrestato imprenditore agricolo',
      'I carabinieri hanno arrestato un imprenditore agricolo di Latina. Secondo gli inquirenti, 25 braccianti indiani lavoravano 12 ore al giorno per 3 euro l’ora, erano minacciati di licenziamento e vivevano in baracche senza acqua.',
    ],
    [
      'incident',
      'Intermediazione illecita e sfruttamento del lavoro: denunciati due titolari',
      'L’Ispettorato del lavoro e i carabinieri del NIL hanno denunciato due titolari di un’azienda di confezioni di Prato per intermediazione illecita e sfruttamento del lavoro. Gli operai cinesi dormivano nel capannone e lavoravano sette giorni su sette.',
    ],
    [
      'incident',
      'Condannato a 8 anni per riduzione in schiavitù di una badante',
      'La Corte d’Assise di Milano ha condannato a otto anni un uomo accusato di riduzione in schiavitù: per tre anni aveva costretto una badante ucraina a lavorare senza stipendio, trattenendo il suo passaporto.',
    ],
    [
      'incident',
      'Lavoratori chiusi nel magazzino la notte: la Procura chiede il processo',
      'La Procura di Verona ha chiesto il rinvio a giudizio per il titolare di una ditta di logistica. I facchini pakistani venivano chiusi a chiave nel magazzino di notte e dovevano restituire parte della paga per pagare il debito del viaggio.',
    ],
    [
      'incident',
      'Ispezione in un cantiere: operai senza contratto e documenti trattenuti',
      'Durante un’ispezione in un cantiere di Bergamo, gli ispettori hanno scoperto otto operai albanesi senza contratto, ai quali il datore di lavoro aveva trattenuto i documenti e che erano pagati 4 euro l’ora. Il cantiere è stato sospeso.',
    ],
    [
      'incident',
      'Risarcimento a un bracciante sfruttato: il giudice condanna l’azienda',
      'Il tribunale di Foggia ha condannato un’azienda agricola a risarcire con 50mila euro un bracciante senegalese che per due anni aveva lavorato senza paga nei campi, vivendo in una baracca.',
    ],
    [
      'incident',
      'Nave bloccata al porto: l’equipaggio non riceve lo stipendio da mesi',
      'La Guardia costiera ha fermato nel porto di Genova una nave portarinfuse. I 18 marinai filippini non ricevevano lo stipendio da cinque mesi e il comandante aveva trattenuto i loro passaporti, ha denunciato il sindacato.',
    ],
    [
      'incident',
      'Caporale a processo: i testimoni raccontano le giornate nei campi',
      'Prosegue il processo al caporale accusato di aver sfruttato decine di braccianti nelle campagne di Ragusa. In aula due lavoratori hanno raccontato di turni di 14 ore e di minacce continue.',
    ],
    [
      'incident',
      'Sequestrata un’azienda agricola: lavoratori alloggiati in container',
      'La Guardia di Finanza ha sequestrato un’azienda agricola nel Salento dove 30 lavoratori stranieri erano alloggiati in container fatiscenti, pagati in nero e privati dei documenti. Il titolare è indagato.',
    ],
    [
      'incident',
      'Una Ong denuncia: lavoratori bengalesi ingannati e indebitati',
      'Un’associazione ha raccolto la testimonianza di dieci lavoratori bengalesi arrivati a Napoli con la promessa di un lavoro regolare: dovevano ripagare un debito di 10mila euro e lavoravano senza paga in un laboratorio tessile. La Procura ha aperto un’indagine.',
    ],
    // Related traps.
    [
      'related',
      'Rapporto agromafie: 230mila lavoratori a rischio sfruttamento',
      'Secondo il rapporto annuale dell’Osservatorio Placido Rizzotto, circa 230mila lavoratori agricoli in Italia sono esposti al caporalato e allo sfruttamento lavorativo.',
    ],
    [
      'related',
      'Caporalato, il governo vara il nuovo piano triennale',
      'Il Consiglio dei ministri ha approvato il piano triennale contro lo sfruttamento lavorativo in agricoltura, con più ispettori e nuove norme per le aziende.',
    ],
    [
      'related',
      'Controlli a tappeto nelle campagne: il bilancio dell’estate',
      'Nella lotta al caporalato, in tutta Italia sono state effettuate 1.200 ispezioni nelle aziende agricole durante l’estate, con 300 lavoratori irregolari individuati, secondo i dati dell’Ispettorato.',
    ],
    // Unrelated traps.
    [
      'unrelated',
      'Sciopero dei rider: chiedono paga oraria e turni più brevi',
      'I rider di Milano hanno scioperato oggi per chiedere una paga oraria minima e turni meno lunghi. Denunciano straordinari non pagati.',
    ],
    [
      'unrelated',
      'Commessa fa causa al negozio per gli straordinari non pagati',
      'Una commessa ha fatto causa al negozio di abbigliamento dove lavorava per straordinari non retribuiti. Il giudice del lavoro ha fissato l’udienza a maggio.',
    ],
    [
      'unrelated',
      'Schiavi dello smartphone: i ragazzi passano sei ore al giorno online',
      'Una ricerca mostra che gli adolescenti sono schiavi dello smartphone e passano in media sei ore al giorno sui social.',
    ],
  ],
  ru: [
    [
      'incident',
      'В ходе обысков на стройке нашли рабочих без паспортов',
      'В ходе обысков на строительном объекте в Подмосковье полицейские обнаружили 23 рабочих из Таджикистана. Прораб отобрал у них паспорта, зарплату им не платили полгода. Возбуждено уголовное дело по статье 127.2 УК РФ.',
    ],
    [
      'unrelated',
      'Проверка выявила нарушения в школьных столовых',
      'Роспотребнадзор провёл проверку школьных столовых в Твери и выявил нарушения санитарных норм. Директорам выписаны штрафы.',
    ],
    [
      'incident',
      'США запретили ввоз продукции китайской компании из-за принудительного труда',
      'Таможенная служба США запретила ввоз перчаток компании Hengshui Gloves, заявив, что на её фабриках используется принудительный труд.',
    ],
    [
      'incident',
      'Жительница Самары семь лет работала на хозяев без денег',
      'Полиция Самары освободила 45-летнюю женщину, которая семь лет убирала и готовила в частном доме без оплаты. Хозяева забрали у неё паспорт и запрещали звонить родным.',
    ],
    [
      'incident',
      'Верховный суд оставил в силе приговор за использование рабского труда',
      'Верховный суд Дагестана оставил без изменения приговор владельцу кирпичного завода, осуждённому за использование рабского труда. Апелляционная жалоба отклонена.',
    ],
    [
      'incident',
      'Бригадиру предъявили обвинение в торговле людьми',
      'Следственный комитет предъявил обвинение бригадиру, который продал троих рабочих из Киргизии владельцу фермы в Калужской области.',
    ],
    [
      'incident',
      'Бывшие пленники кирпичного завода через год добились компенсации',
      'Спустя год после освобождения из трудового рабства шестеро мужчин получили компенсацию по решению суда. Владелец завода выплатил им 3 млн рублей.',
    ],
    [
      'related',
      'Что такое трудовое рабство и как не попасть в ловушку',
      'Правозащитники объясняют, как распознать предложения работы, за которыми может скрываться трудовое рабство, и куда обращаться за помощью.',
    ],
    [
      'incident',
      'В Подмосковье полиция нашла на складе рабочих без паспортов и зарплаты',
      'Полицейские во время проверки склада в Ногинске обнаружили 15 рабочих из Узбекистана. Работодатель забрал у них паспорта, не платил зарплату четыре месяца и не выпускал за ворота. Возбуждено уголовное дело.',
    ],
    [
      'incident',
      'Владельца теплиц обвинили в использовании рабского труда',
      'Следователи предъявили обвинение владельцу тепличного хозяйства в Волгоградской области по статье 127.2 УК РФ. По версии следствия, он удерживал у себя 12 мигрантов, отобрал у них документы и заставлял работать без выходных.',
    ],
    [
      'incident',
      'Суд вынес приговор хозяину кирпичного завода',
      'Суд приговорил владельца кирпичного завода в Дагестане к шести годам колонии. Он держал рабочих взаперти, избивал их и годами не платил им денег.',
    ],
    [
      'incident',
      'Волонтёры вывезли женщину из трудового рабства в Москве',
      'Волонтёры движения «Альтернатива» вывезли из магазина в Москве 40-летнюю жительницу Казахстана, которую хозяйка заставляла работать по 18 часов и не отпускала домой.',
    ],
    [
      'incident',
      'Трудовая инспекция выявила на стройке рабочих, живущих в вагончиках',
      'Инспекторы труда выявили на стройке жилого комплекса в Казани 30 рабочих, которые жили в вагончиках без отопления, по полгода не получали зарплату и работали по 14 часов. Материалы переданы в прокуратуру.',
    ],
    [
      'incident',
      'Прокуратура направила в суд дело о торговле людьми',
      'Прокуратура Новосибирской области утвердила обвинительное заключение по делу о торговле людьми. Обвиняемые завлекали жителей области обещаниями заработка, отбирали паспорта и продавали на лесозаготовки.',
    ],
    [
      'incident',
      'Мигрантов обманом привезли на ферму и заставили отрабатывать долг',
      'В Ставропольском крае задержан фермер, к которому обманом привезли пятерых граждан Таджикистана. Им сказали, что они должны отработать долг за дорогу, угрожали и отобрали телефоны.',
    ],
    [
      'incident',
      'Суд взыскал зарплату в пользу рабочих, которых удерживали на заводе',
      'Суд обязал компанию выплатить 2 млн рублей зарплаты и компенсацию морального вреда рабочим из Киргизии, которых удерживали на заводе в Подмосковье без документов.',
    ],
    [
      'incident',
      'Освобождённые из рабства рыбаки вернулись домой',
      'Восемь рыбаков, которых удерживали на судне у берегов Камчатки без оплаты, вернулись на родину. Капитан судна задержан, против него возбуждено уголовное дело.',
    ],
    [
      'incident',
      'Правозащитники рассказали о рабочих, запертых в цеху',
      'Правозащитники сообщили о 20 швеях из Киргизии, которых хозяин цеха в Санкт-Петербурге запирал на ночь, лишил паспортов и заставлял работать по 16 часов. Полиция начала проверку.',
    ],
    // Related traps.
    [
      'related',
      'МВД: число преступлений по статье о торговле людьми выросло',
      'По данным МВД, в прошлом году было зарегистрировано на 15% больше преступлений, связанных с торговлей людьми и использованием рабского труда.',
    ],
    [
      'related',
      'Госдума ужесточит наказание за использование рабского труда',
      'Депутаты Госдумы приняли в первом чтении законопроект, увеличивающий сроки по статье 127.2 УК РФ.',
    ],
    [
      'related',
      'Мнение: почему мигранты попадают в трудовое рабство',
      'Эксперт считает, что мигранты попадают в рабство из-за незнания языка и законов. Власти должны упростить легализацию.',
    ],
    // Unrelated traps.
    [
      'unrelated',
      'Курьеры устроили забастовку из-за задержки зарплаты',
      'Курьеры службы доставки в Москве объявили забастовку: им задерживают зарплату и заставляют работать по 12 часов. Компания обещала погасить долги.',
    ],
    [
      'unrelated',
      'Офисное рабство: почему сотрудники не уходят в отпуск',
      'Опрос показал, что каждый третий сотрудник не брал отпуск больше года. Психологи называют это офисным рабством.',
    ],
    [
      'unrelated',
      'Бывшие сотрудники подали в суд на сеть кафе из-за невыплаты зарплаты',
      'Бывшие официанты сети кафе подали иск о взыскании невыплаченной зарплаты. Компания не согласна с претензиями.',
    ],
  ],
};

for (const [language, rows] of Object.entries(TABLES)) checkRelevanceRows(language, rows);
