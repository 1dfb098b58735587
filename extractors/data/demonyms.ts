// Demonyms → ISO 3166-1 alpha-2, for victims' nationalities. Hand-compiled from common English and Russian
// usage (cross-checked against Wikipedia's "List of adjectival and demonymic forms for countries and nations",
// CC BY-SA). Ethnic groups map to the country most of them are citizens of when trafficked (Uighur → CN,
// Rohingya → MM); Roma and other cross-border groups are left out on purpose.
// Format: CC: english forms (singular adjective, plurals) ; russian stems (matched at word start, any ending).
const TABLE = `
AF: Afghan, Afghans, Afghani ; афган
AL: Albanian, Albanians ; албан
DZ: Algerian, Algerians ; алжир
AM: Armenian, Armenians ; армян, армен
AZ: Azerbaijani, Azerbaijanis, Azeri, Azeris ; азербайджан, азер
BD: Bangladeshi, Bangladeshis ; бангладеш
BY: Belarusian, Belarusians, Belarussian, Belarussians ; белорус
BJ: Beninese ; бенин
BO: Bolivian, Bolivians ; боливи
BA: Bosnian, Bosnians ; босни
BR: Brazilian, Brazilians ; бразил
BG: Bulgarian, Bulgarians ; болгар
BF: Burkinabe ; буркин
MM: Burmese, Myanmar, Rohingya, Rohingyas ; бирман, мьянм
BI: Burundian, Burundians ; бурунди
KH: Cambodian, Cambodians, Khmer ; камбодж, кхмер
CM: Cameroonian, Cameroonians ; камерун
TD: Chadian, Chadians ; чадц, чадск
CN: Chinese, Uighur, Uighurs, Uyghur, Uyghurs, Uygur, Uygurs, Tibetan, Tibetans ; китайц, китаянк, китайск, уйгур
CO: Colombian, Colombians ; колумби
CD: Congolese ; конголез
HR: Croatian, Croatians, Croats ; хорват
CU: Cuban, Cubans ; кубинц, кубинск
CZ: Czech, Czechs ; чех, чешк, чешск
DO: Dominican, Dominicans ; доминиканц
EC: Ecuadorian, Ecuadorians ; эквадор
EG: Egyptian, Egyptians ; египт
SV: Salvadoran, Salvadorans, Salvadorian ; сальвадор
ER: Eritrean, Eritreans ; эритре
EE: Estonian, Estonians ; эстон
ET: Ethiopian, Ethiopians ; эфиоп
FJ: Fijian, Fijians ; фиджи
FR: French ; француз
GM: Gambian, Gambians ; гамби
GE: Georgian, Georgians ; грузин
DE: German, Germans ; немц, немк, немецк
GH: Ghanaian, Ghanaians ; гане, ганц
GR: Greek, Greeks ; грек, греческ
GT: Guatemalan, Guatemalans ; гватемал
GN: Guinean, Guineans ; гвине
HT: Haitian, Haitians ; гаити
HN: Honduran, Hondurans ; гондурас
HU: Hungarian, Hungarians ; венгр, венгер
IN: Indian, Indians ; индийц, индиец, индианк, индийск
ID: Indonesian, Indonesians ; индонез
IR: Iranian, Iranians ; иранц, иранск
IQ: Iraqi, Iraqis ; иракц, иракск
CI: Ivorian, Ivorians ; ивуар
JO: Jordanian, Jordanians ; иордан
KZ: Kazakh, Kazakhs, Kazakhstani, Kazakhstanis, Kazak, Kazaks ; казах, казашк, казахстан
KE: Kenyan, Kenyans ; кени
KP: North Korean, North Koreans ; северокоре
KR: South Korean, South Koreans ; южнокоре
KG: Kyrgyz, Kirgiz, Kyrgyzstani, Kirghiz ; киргиз, кыргыз
LA: Laotian, Laotians, Lao ; лаосц, лаосск
LV: Latvian, Latvians ; латыш
LB: Lebanese ; ливанц, ливанск
LR: Liberian, Liberians ; либери
LY: Libyan, Libyans ; ливийц, ливийск
LT: Lithuanian, Lithuanians ; литовц, литовк, литовск
MW: Malawian, Malawians ; малави
MY: Malaysian, Malaysians ; малайзи
ML: Malian, Malians ; малийц
MX: Mexican, Mexicans ; мексикан
MD: Moldovan, Moldovans, Moldavian, Moldavians ; молдав, молдован
MN: Mongolian, Mongolians ; монгол
MA: Moroccan, Moroccans ; марокканц, марокканск
MZ: Mozambican, Mozambicans ; мозамбик
NP: Nepali, Nepalis, Nepalese ; непал
NI: Nicaraguan, Nicaraguans ; никарагуа
NE: Nigerien, Nigeriens ; нигерц
NG: Nigerian, Nigerians ; нигерийц, нигерийк, нигерийск
PK: Pakistani, Pakistanis ; пакистан
PY: Paraguayan, Paraguayans ; парагва
PE: Peruvian, Peruvians ; перуан
PH: Filipino, Filipinos, Filipina, Filipinas, Philippine ; филиппин
PL: Polish, Poles ; поляк, польк, польск
PT: Portuguese ; португал
RO: Romanian, Romanians ; румын
RU: Russian, Russians ; россиян, русск
RW: Rwandan, Rwandans ; руанд
SA: Saudi, Saudis ; саудовц
SN: Senegalese ; сенегал
RS: Serbian, Serbians, Serbs ; серб
SL: Sierra Leonean, Sierra Leoneans ; сьерра-леон
SK: Slovak, Slovaks, Slovakian ; словак, словачк
SO: Somali, Somalis ; сомали
ZA: South African, South Africans ; южноафрикан
LK: Sri Lankan, Sri Lankans ; шри-ланк, ланкийц
SD: Sudanese ; суданц, суданск
SY: Syrian, Syrians ; сирийц, сирийк, сирийск
TJ: Tajik, Tajiks, Tadjik, Tadjiks, Tajikistani ; таджик
TZ: Tanzanian, Tanzanians ; танзани
TH: Thai, Thais ; тайц, тайск, таиланд
TG: Togolese ; тоголез
TR: Turkish, Turks ; турок, турков, турецк, турчанк
TM: Turkmen, Turkmens, Turkmenistani ; туркмен
UG: Ugandan, Ugandans ; угандийц
UA: Ukrainian, Ukrainians ; украин
GB: British, Britons, Scottish, Welsh ; британ, англичан
US: American, Americans ; американ
UZ: Uzbek, Uzbeks, Uzbekistani ; узбек
VE: Venezuelan, Venezuelans ; венесуэл
VN: Vietnamese ; вьетнам
YE: Yemeni, Yemenis ; йемен
ZM: Zambian, Zambians ; замби
ZW: Zimbabwean, Zimbabweans ; зимбабв
IT: Italian, Italians ; итальян
ES: Spanish, Spaniards ; испан
NL: Dutch ; голланд, нидерланд
BE: Belgian, Belgians ; бельги
IE: Irish ; ирланд
AT: Austrian, Austrians ; австрий
CH: Swiss ; швейцар
SE: Swedish, Swedes ; швед
NO: Norwegian, Norwegians ; норвеж
DK: Danish, Danes ; датч
FI: Finnish, Finns ; финн, финск
CA: Canadian, Canadians ; канад
AU: Australian, Australians ; австрал
JP: Japanese ; япон
AR: Argentine, Argentinian, Argentinians ; аргентин
CL: Chilean, Chileans ; чилий
AE: Emirati, Emiratis ; эмират
QA: Qatari, Qataris ; катарск, катарц
KW: Kuwaiti, Kuwaitis ; кувейт
OM: Omani, Omanis ; оманск, оманц
IL: Israeli, Israelis ; израил
SG: Singaporean, Singaporeans ; сингапур
TW: Taiwanese ; тайван
`;

export interface DemonymRow {
  country: string;
  english: string[];
  russianStems: string[];
}

export const DEMONYMS: DemonymRow[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [cc, rest] = line.split(':');
    const [en, ru] = rest.split(';');
    const list = (s: string | undefined) =>
      (s ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    return { country: cc.trim(), english: list(en), russianStems: list(ru) };
  });
