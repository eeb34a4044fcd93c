/**
 * Dutch medical vocabulary that may not be stored in a free-text field (domain.md §5 and §7, 002
 * "Gezondheidsgegevens": medical data offered must be refused, not stored; illness is a category, not a diagnosis).
 *
 * Sources, honestly: no maintained Dutch list is reachable here (SNOMED CT NL, G-Standaard and the ICPC are licensed),
 * so this list is curated by hand from general knowledge of public Dutch patient vocabulary: the lay terms of
 * Thuisarts-style patient information, the class names of the Farmacotherapeutisch Kompas and the generic names of
 * the medicines most prescribed in the Netherlands, and the care and treatment words of patient leaflets. It is a
 * guard, not a guarantee: it catches what a taalschool or MAP-coach typically writes, not every way to say it.
 * medische-termen.evaluatie.test.ts measures it on realistic texts; add a term there when you add one here.
 *
 * Pattern syntax (matched after lower-casing, stripping accents and turning punctuation and hyphens into spaces):
 *   woord       the word, with a Dutch inflection (-e, -en, -s, -n, -'s, -er, -je, -tje …): "psychiater" → "psychiaters"
 *   =woord      exactly that word: for short abbreviations ("=ms" hits "MS", not "msn")
 *   stam*       every word that begins with the stem: "chemo*" → "chemokuur", "chemotherapie"
 *   *stam       a longer word that ends with the stem, plus inflection: "*pijn" → "rugpijn", not "pijn" itself
 *   *stam*      the stem inside a longer word: "*depressi*" → "winterdepressie" (list "depressi*" for the word itself)
 *   two words   a phrase; its first and last word may carry * as above: "hoge bloeddruk", "gebroken been"
 * UITZONDERINGEN use the same syntax: a hit that lies inside an exception is no hit ("pilot", "reddingsoperatie").
 *
 * Deliberately absent, because the domain allows illness as a category: ziek, ziekte, ziekmelding, ziekgemeld,
 * zieke, langdurig ziek; and the category words of the report codes (gezondheid, psychosociaal, zorgtaken).
 */
export const MEDISCHE_TERMEN = {
  /** Named conditions, disorders and diseases. */
  diagnose: [
    // psychisch
    'depressi*', '*depressi*', 'burnout*', 'burn out*', 'overspannen*', 'overspanning*', '=ptss', '=ptsd', 'trauma*', '*trauma',
    'posttraumatisch*', 'psychose*', 'psychotisch*', 'schizofren*', 'bipolair*', 'manisch*', 'manie', '=borderline',
    'persoonlijkheidsstoornis*', '*stoornis', 'autisme*', 'autistisch*', '=ass', '=pdd nos', 'adhd*', '=add', '=ocd',
    'dwangstoornis*', 'dwangneurose*', 'angststoornis*', 'paniekstoornis*', 'fobie*', '*fobie', 'agorafobie*',
    'anorexia*', 'anorectisch*', 'boulimia*', 'eetstoornis*', 'verslaving*', '*verslaving', 'verslaafd*',
    'alcoholisme', 'alcoholist*', 'alcoholprobleem', 'alcoholproblemen', 'drugsgebruik*', 'drugsprobleem', 'drugsproblemen',
    'gokverslaving*', 'suicid*', 'suicidaal*', 'zelfmoord*', 'zelfdoding*', 'zelfbeschadiging*', 'automutilatie*',
    'psychiatrisch*', 'geestesziekte*', 'hechtingsstoornis*', '=lvb', 'verstandelijke beperking*',
    'verstandelijk beperkt*', 'dementie*', 'dement', 'alzheimer*', 'dyslexie*', 'dyslectisch*', 'dyscalculie*',
    'hallucinatie*', 'stemmen horen', 'herbeleving*', 'flashback*', 'neurose*', 'hypochondr*',
    // neurologisch
    'epilepsie*', 'epileptisch*', 'epilepticus', 'parkinson*', '=ms', 'multiple sclerose', 'hersenletsel*', '=nah',
    'hersenschudding*', 'beroerte*', 'herseninfarct*', 'hersenbloeding*', '=cva', '=tia', 'hersentumor*', 'migraine*',
    'neuropathie*', 'dwarslaesie*', 'spasticiteit', 'spastisch*', 'huntington*', '=als patient', 'hersenvliesontsteking*',
    'meningitis', 'narcolepsie*',
    // hart, vaten, longen
    'hartinfarct*', 'hartaanval*', 'hartfalen', 'hartritmestoornis*', 'hartziekte*', 'hartkwaal', 'hartpatient*',
    'hoge bloeddruk', 'lage bloeddruk', 'hypertensie', 'trombose*', 'longembolie*', 'embolie*', 'beenvaatziekte*',
    'astma*', 'astmatisch*', '=copd', 'longziekte*', 'longemfyseem', 'bronchitis', 'ontsteking*', '*ontsteking*', 'tuberculose*',
    '=tbc', 'longfibrose', 'slaapapneu*', 'sarcoidose',
    // stofwisseling, organen
    'diabetes*', 'diabetisch*', 'diabeet*', 'suikerziekte*', 'suikerpatient*', 'schildklier*', 'hypothyreoidie',
    'hyperthyreoidie', 'nierziekte*', 'nierfalen', 'nierinsufficientie', 'leverziekte*', 'levercirrose', 'cirrose',
    'hepatitis', 'obesitas', 'anemie*', 'bloedarmoede*', 'sikkelcel*', 'thalassemie*', 'hemofilie*',
    'coeliakie', 'crohn*', 'colitis', 'prikkelbare darm*', '=pds', 'maagzweer*', 'galstenen', 'nierstenen',
    'jicht', 'osteoporose', 'endometriose', '=pcos', 'prostaat*', 'incontinent*', 'cholesterol*',
    // kanker
    'kanker*', '*kanker*', 'kankerpatient*', 'tumor*', '*tumor*', 'tumoren', 'leukemie*', 'lymfoom*', 'melanoom*', 'carcinoom*', 'sarcoom',
    'metastase*', 'uitzaaiing*', 'oncologisch*', 'goedaardig gezwel', 'gezwel*',
    // infectie
    'hiv*', '=aids', 'hiv positief', 'covid*', 'long covid', 'coronabesmetting*', 'heeft corona', 'had corona',
    'corona gehad', 'corona positief', 'positief getest', 'griep*', '*griep', 'verkoudheid', 'verkouden', 'infectie*',
    '*infectie', 'soa', '=soa s', 'geslachtsziekte*', 'lyme', 'pfeiffer*', 'mazelen', 'waterpokken', 'bof',
    'schurft', 'malaria', 'cholera', 'ebola',
    // bewegingsapparaat, letsel
    'hernia*', 'whiplash*', '=rsi', 'reuma*', 'artrose*', 'artritis', 'fibromyalgie*', 'bechterew*', 'botbreuk*',
    'beenbreuk*', 'armbreuk*', 'polsbreuk*', 'heupbreuk*', 'enkelbreuk*', 'voetbreuk*', 'ribbreuk*', 'liesbreuk*',
    'gebroken been', 'gebroken arm', 'gebroken pols', 'gebroken enkel', 'gebroken heup', 'gebroken voet', 'gebroken rib*',
    'gebroken teen', 'gebroken hand', 'gebroken schouder', 'gekneusd*', 'kneuzing*', 'blessure*', 'geblesseerd*',
    'letsel', '*letsel', 'verwonding*', 'gewond', 'gewonde', 'gips', 'in het gips', 'spierziekte*', 'spierdystrofie*',
    // zintuigen, beperking
    'doof', 'doofheid', 'doven', 'slechthorend*', 'gehoorbeschadiging*', 'gehoorverlies', 'tinnitus', 'oorsuizen',
    'blindheid', 'slechtziend*', 'visueel beperkt*', 'visuele beperking*', 'grauwe staar', 'glaucoom', 'maculadegeneratie', 'lichamelijke beperking*',
    'lichamelijk beperkt*', 'gehandicapt*', 'handicap*', 'invalide*', 'allergie*', 'allergisch*',
    '*aandoening', 'gehoorbeperking*', 'motorische beperking*', 'auditieve beperking*', 'staar aan',
    'eczeem', 'psoriasis', 'lupus', 'chronisch vermoeidheidssyndroom', '=cvs', '=me cvs', 'slapeloosheid',
    'insomnia', 'slaapstoornis*', 'slaapproblemen', 'eetproblemen', 'ondergewicht', 'overgewicht',
  ],

  /** Medicines (generic and brand names often used in the Netherlands) and their classes (Farmacotherapeutisch Kompas). */
  medicatie: [
    'medicijn*', '*medicijn', 'medicatie*', '*medicatie', 'medicament*', 'geneesmiddel*', '*geneesmiddel', '=pil',
    '=pillen', '=pilletje', '=pilletjes', '*pillen', 'slaappil*', 'plaspil*', 'anticonceptie*', 'voorbehoedsmiddel*',
    'antidepressiv*', '*antidepressiva', '=ssri', '=ssri s', '=snri', 'mao remmer*', 'antipsychotic*',
    'antipsychoticum', 'neuroleptic*', 'stemmingsstabilisator*', 'benzodiazepine*', '=benzo', '=benzo s',
    'kalmeringsmiddel*', 'kalmeringstablet*', 'slaapmiddel*', 'slaaptablet*', 'pijnstiller*', 'ontstekingsremmer*',
    '=nsaid', '=nsaid s', 'opioid*', 'opiaat', 'opiaten', 'antibiotica', 'antibioticum', 'antibiotic*', 'antiviraal*',
    'antiretrovira*', '=prep', 'immunosuppressiva', 'cytostatica', 'corticosteroid*', 'bloedverdunner*',
    'antistolling*', 'betablokker*', 'ace remmer*', 'maagzuurremmer*', 'cholesterolverlager*', 'statine*',
    'diuretica', 'laxeermiddel*', 'antihistaminica', 'anti epileptica', 'anti epilepticum', 'anti epileptic*',
    'insuline*', 'bloedsuikerverlager*', 'hormoonbehandeling*', 'hormoontherapie*', 'hormoonpreparaat', 'vaccin*',
    'injectie*', 'inhalator*', 'puffer*', 'epipen*', 'zalf', 'antabus', 'disulfiram',
    // generic and brand names
    'paroxetine', 'seroxat', 'sertraline', 'zoloft', 'citalopram', 'escitalopram', 'cipramil', 'lexapro', 'fluoxetine',
    'prozac', 'fluvoxamine', 'venlafaxine', 'efexor', 'duloxetine', 'cymbalta', 'mirtazapine', 'remeron',
    'amitriptyline', 'nortriptyline', 'clomipramine', 'imipramine', 'bupropion', 'wellbutrin', 'trazodon',
    'lithium', 'quetiapine', 'seroquel', 'olanzapine', 'zyprexa', 'risperidon', 'risperdal', 'aripiprazol', 'abilify',
    'haloperidol', 'haldol', 'clozapine', 'methylfenidaat', 'ritalin', 'concerta', 'medikinet', 'dexamfetamine',
    'atomoxetine', 'strattera', 'oxazepam', 'diazepam', 'valium', 'lorazepam', 'temazepam', 'alprazolam', 'xanax',
    'zolpidem', 'zopiclon', 'melatonine', 'metformine', 'gliclazide', 'glimepiride', 'levothyroxine', 'thyrax',
    'euthyrox', 'prednison', 'prednisolon', 'dexamethason', 'methadon*', 'buprenorfine', 'suboxone', 'naltrexon',
    'morfine', 'oxycodon', 'oxycontin', 'tramadol', 'fentanyl', 'codeine', 'paracetamol', 'ibuprofen', 'naproxen',
    'diclofenac', 'voltaren', 'omeprazol', 'pantoprazol', 'esomeprazol', 'simvastatine', 'atorvastatine',
    'rosuvastatine', 'metoprolol', 'bisoprolol', 'propranolol', 'amlodipine', 'lisinopril', 'enalapril', 'perindopril',
    'losartan', 'valsartan', 'hydrochloorthiazide', 'furosemide', 'acenocoumarol', 'fenprocoumon', 'marcoumar',
    'sintrom', 'ascal', 'carbasalaatcalcium', 'clopidogrel', 'apixaban', 'rivaroxaban', 'eliquis', 'xarelto',
    'salbutamol', 'ventolin', 'seretide', 'symbicort', 'budesonide', 'fluticason', 'levetiracetam', 'keppra',
    'valproaat', 'valproinezuur', 'depakine', 'carbamazepine', 'tegretol', 'lamotrigine', 'lamictal', 'topiramaat',
    'pregabaline', 'lyrica', 'gabapentine', 'methotrexaat', 'adalimumab', 'humira', 'tamoxifen', 'letrozol',
    'truvada', 'ozempic', 'semaglutide', 'viagra', 'cetirizine', 'loratadine', 'amoxicilline', 'doxycycline',
    'nitrofurantoine', 'flucloxacilline', 'azitromycine', 'clarithromycine', 'morning after pil',
  ],

  /** Treatments, examinations and care: who treats the person, where, and how. */
  behandeling: [
    'chemo*', 'bestraling*', 'bestraald', 'radiotherapie*', 'immunotherapie*', 'dialyse*', 'dialyseren',
    'transplantatie*', '*transplantatie', 'donornier', 'operatie', 'operaties', '*operatie', 'geopereerd*', 'opereren',
    'opereert', 'kijkoperatie*', 'narcose', 'ingreep', 'medische ingreep', 'amputatie*', 'geamputeerd*', 'prothese*',
    'fysiotherap*', '=fysio', 'ergotherap*', 'logopedie*', 'logopedist*', 'psychotherap*', '*therapie', 'therapie*',
    'therapeut*', '*therapeut', '=emdr', 'cognitieve gedragstherapie', 'revalidatie*', 'revalideren', 'revalideert',
    'psycholoog', 'psychologe', 'psychologen', 'psychologische hulp', 'psychologische behandeling', 'psychiater*',
    'psychiatrie*', 'ggz*', 'ggz instelling*', 'kliniek*', '*kliniek', 'polikliniek*', 'ziekenhuis*', '*ziekenhuis',
    '=opname', '=opnames', 'opgenomen in het ziekenhuis', 'crisisopname*', 'dagbehandeling*', 'onder behandeling',
    'in behandeling bij', 'behandeltraject*', 'behandelplan*', 'huisarts*', 'tandarts*', 'bedrijfsarts*', 'arts',
    'artsen', 'dokter*', 'oogarts*', 'kinderarts*', 'verzekeringsarts*', 'keuringsarts*', 'longarts*', 'jeugdarts*', 'arbo arts*', 'arboarts*',
    '=kno', 'specialist', 'medisch specialist*', 'internist*', 'cardioloog', 'neuroloog', 'oncoloog', 'gynaecoloog',
    'uroloog', 'dermatoloog', 'orthopeed', 'reumatoloog', 'chirurg*', 'anesthesist', 'verloskundige*', 'verpleegkundige*',
    'wijkverpleging', 'wijkverpleegkundige*', 'thuiszorg*', 'verpleeghuis*', 'hospice', '=poh', 'praktijkondersteuner*',
    '=ggd', 'ambulance*', 'spoedeisende hulp', '=seh', 'intensive care', 'eerste harthulp', 'spoedopname*',
    'bloedonderzoek*', 'bloedprik*', 'bloedtransfusie*', '=mri', '=mri scan', '=ct scan', 'hersenscan*', 'rontgen*',
    'echografie*', 'biopsie*', 'colonoscopie', 'gastroscopie', 'medische behandeling*', 'medisch onderzoek*',
    'patient', 'patiente', 'patienten', 'op recept', 'herhaalrecept*', 'apotheek*', 'apotheker*', 'afkickkliniek*',
    'afkicken', 'ontwenning*', 'detox', 'methadonprogramma', 'verslavingszorg', 'tactus', 'brijder', 'jellinek',
    'rolstoel*', 'scootmobiel*', 'rollator*', 'gehoorapparaat*', 'hoortoestel*', 'krukken lopen', 'met krukken',
    // hospitals and clinics by name: the place says the care
    '=amc', '=umc', '=umcu', '=umcg', '=lumc', '=vumc', '=olvg', 'erasmus mc', '=avl', 'antoni van leeuwenhoek', 'radboudumc',
    'maxima mc', 'diakonessenhuis', 'meander mc', 'nieuwe heup', 'nieuwe knie', '*prothese',
    'sondevoeding', 'infuus', 'insulinepomp*', 'stoma', 'pacemaker*', 'beademing', 'zuurstoffles', 'hechtingen',
  ],

  /** Symptoms and complaints in medical framing; "moe", "druk", "stress" and "ziek" stay allowed. */
  symptoom: [
    'hoofdpijn*', 'rugpijn*', 'buikpijn*', 'nekpijn*', 'kiespijn*', 'keelpijn*', 'oorpijn*', 'spierpijn*',
    'gewrichtspijn*', 'borstpijn*', 'zenuwpijn*', '*pijn', 'rugklachten', 'nekklachten', 'hartklachten',
    'longklachten', 'maagklachten', 'darmklachten', 'buikklachten', 'knieklachten', 'heupklachten', 'schouderklachten',
    'gewrichtsklachten', 'spierklachten', 'angstklachten', 'paniekklachten', 'paniekaanval*', 'angstaanval*',
    'vermoeidheidsklachten',
    'hyperventil*', 'duizel*', 'misselijk*', 'braken', 'diarree', 'koorts*', 'flauwgevallen',
    'flauwvallen', 'bewusteloos*', 'epileptische aanval*', 'toevallen', 'kortademig*', 'hartkloppingen',
    'bloeding*', 'bloedverlies', 'ontstoken', 'zwelling*', 'huiduitslag', 'jeuk', 'hoesten', 'hoestbui*', 'bloedneus',
    'chronische vermoeidheid', 'chronisch moe',
  ],

  /** Pregnancy, childbirth and fertility (health data: the PVT reason ZIEKTE covers pregnancy as a code). */
  zwangerschap: [
    'zwanger*', '*zwangerschap*', 'bevalling*', 'is bevallen', 'net bevallen', 'bevallen van', 'kraamzorg*',
    'kraamtijd', 'kraamweek', 'kraamverlof', 'kraambed', 'miskraam*', 'abortus*', 'zwangerschapsafbreking',
    'keizersnede*', 'ivf', 'ivf behandeling*', 'vruchtbaarheidsbehandeling*', 'uitgerekende datum',
    'borstvoeding', 'postnatal*', 'prenatal*', 'weeen', 'vroeggeboorte', 'zwangerschapsdiabetes',
  ],
} as const;

export type MedischeCategorie = keyof typeof MEDISCHE_TERMEN;

/**
 * Ordinary words and phrases that contain a term but are not medical. A hit inside one of these is no hit.
 * Each was found by a false alarm in the evaluation texts or is a known Dutch trap.
 */
export const UITZONDERINGEN = [
  // *operatie and operatie: operations of other kinds ("coöperatie" ends in "operatie")
  'reddingsoperatie*', 'samenwerkingsoperatie*', 'verhuisoperatie*', 'inhaaloperatie*', 'zoekoperatie*',
  'schoonmaakoperatie*', 'politieoperatie*', 'militaire operatie*', 'cooperatie*',
  // =ms, =add: product names and English
  'ms word', 'ms office', 'ms teams', 'ms excel', 'ms outlook', 'ms forms', 'add on*',
  // chemo*: chemistry is a school subject in the onderwijsroute
  'chemie*', 'chemisch*', 'chemicali*',
  // *kliniek: clinics that are not care
  'rechtskliniek*', 'fietskliniek*', 'reparatiekliniek*', 'schrijfkliniek*', 'taalkliniek*', 'uitspraakkliniek*',
  // specialist: in teaching, work and trades
  'specialist in', 'ict specialist*', 'it specialist*',
  // *ontsteking*: a car's ignition
  'ontstekingsslot*', 'auto ontsteking',
  // *verslaving: figurative use
  'telefoonverslaving*', 'gameverslaving*', 'chocoladeverslaving*',
  // ingreep: an intervention by the gemeente or the school
  'ingreep van de gemeente', 'ingreep gemeente', 'ingreep van de school',
  // =opname: a recording of a lesson or a speaking test
  'video opname*', 'geluidsopname*', 'spraakopname*', 'audio opname*', 'opname van de les', 'opname van het gesprek',
  'opname gemaakt', 'opname maken', 'opnames gemaakt', 'opnames maken', 'opname van zijn spreektoets',
  'opname van haar spreektoets', 'opname spreektoets', 'opname van de spreektoets',
  // dokter: a visit to the doctor is a lesson topic (KNM, role play)
  'les bij de dokter', 'thema dokter', 'rollenspel bij de dokter', 'naar de dokter gaan oefenen', 'oefent bij de dokter',
  // work in care is a job, not health data
  'werkt in het ziekenhuis', 'werkt in een ziekenhuis', 'werkt bij het ziekenhuis', 'in het ziekenhuis gebouw',
  'ziekenhuisgebouw', 'verpleegkundige worden', 'opleiding tot verpleegkundige', 'opleiding verpleegkunde*',
  'werkt als verpleegkundige', 'werken als verpleegkundige', 'werkt in de thuiszorg', 'werken in de thuiszorg',
  'werkt in een verpleeghuis', 'werkt in het verpleeghuis', 'doktersassistent*', 'apothekersassistent*',
  // doof: figurative
  'doof voor',
  // No exception, on purpose: "kanker" as a swear word and "kankeren" (to grumble) are refused, as neither belongs in
  // a report; "pijnlijk" and "pijnpunt" need none, since *pijn only hits a word that ends in pijn.
] as const;
