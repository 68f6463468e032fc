// Synonyms and slang, mapped onto the guidance's own vocabulary. Applied to the catalogue's
// phrasings and to questions alike (after normalise(): lower case, no accents), so a rule only
// has to bring both sides to the same words. Format: "what people type => what the guidance says";
// alternatives separated by "|". Multi-word patterns win over shorter ones.
import type { Lang } from '../guidance/types.js';
import { tokenize } from './text.js';

const EN = `
tweet|tweets|tweeting|tweeted|toot|skeet|skeeting|vlog about|blog about => post
retweet|retweets|retweeting|retweeted|rt|repost|reposting|reposted|reshare|resharing|forward|forwarding|forwarded|crosspost|boost|boosting|quote tweet|pass along|pass on|send around|spread => share
thumbs up|upvote|upvoting|heart react|hearting|likes|liking|liked => like
at mention|tagged|tagging => tag
insta|ig|gram => instagram
fb|facebook page => facebook
x|twitter|tweeter => twitter
linkedin|linked in => linkedin
coworker|coworkers|co worker|co workers|workmate|workmates|teammate|teammates|colleagues|peer|peers => colleague
boss|supervisor|supervisors|team lead|team leader|my director|my manager => manager
department|departments|dept|agency|agencies|ministry|organisation|organizations|organisations|employer => organization
side hustle|side gig|side business|small business|own business|my business|etsy shop|etsy|online store|online shop|freelance|freelancing|consulting business|photography business|bakery|my company|startup => enterprise
youtuber|youtube channel|tiktoker|content creator|content creation|vlogger|vlog|podcaster|podcast|twitch streamer|streaming channel|streamer|creator|blogger|substack|newsletter|big following|brand deals|sponsored|sponsorship|monetize|monetized => influencer
run for office|run for council|run for city council|run for mayor|run for election|running for office|running for council|running for election|stand for election|get nominated|seek nomination|seeking nomination|nomination|candidacy|candidates => candidate
municipal election|city council|town council|school board => municipal election
canvass|canvassing|door knocking|knock on doors|phone banking|volunteer for a party|volunteer for a campaign|campaigning|campaign => political campaign
liberal|liberals|conservative|conservatives|tory|tories|ndp|bloc|green party|ppc|grits|parties => party
political party|political parties => party political
prime minister|the pm|premier|premiers|mayor|president|trudeau|poilievre|carney|singh|trump|biden|putin|modi|leaders => leader
puppy|puppies|pup|dog|dogs|doggo|cat|cats|kitten|kittens|kitty|hamster|parrot|bird|pets|fur baby => pet
holiday|holidays|trip|travel|travels|beach|vacay|getaway|vacations|road trip|cruise => vacation
wedding|birthday|graduation|baby shower|anniversary|family reunion|christmas|thanksgiving|bar mitzvah|funeral|family events => family event
pic|pics|photo|photos|selfie|selfies|snap|snaps|picture => pictures
recipe|cooking|baking|diy|life hack|life hacks|hack|productivity hacks|hobby|hobbies|gardening|fitness|workout => recipes hacks
job poster|job posting|job postings|job ad|job ads|job offer|job opening|job openings|vacancy|vacancies|hiring|recruitment|recruiting|staffing process|we are hiring|career opportunity|jobs => job opportunities
award|awards|prize|recognition|kudos|shoutout|shout out|congrats|congratulate|congratulations|achievement|milestone => award
town hall|townhall|leaders debate|debates|livestream|live stream => debate
follow a party|follow a candidate|follow politicians|follow a politician => follow party
ukraine|gaza|israel|palestine|russia|war|wars|abortion|immigration|climate change|gun control|vaccines|vaccine|geopolitics|middle east|china|tariffs|trans rights|refugees|protests|conflict abroad => controversial
foreign|another country|other country|us government|american government|province|provincial government|other jurisdiction => another jurisdiction
mock|mocking|make fun of|roast|roasting|meme about => mock
petitions|change org|signatures => petition
whatsapp group|discord server|discord|facebook group|subreddit|telegram group|group chat|online group|forum|forums|slack community => online community
bash|bashing|trash talk|trash|slam|slamming|rant|ranting|complain|complaining|criticise|criticising|criticizing|criticism|critique|critiquing|critical => criticize
call out|calling out|pile on|dunk on|troll|trolling|insult|insulting|threaten someone|aggressive|aggressively => bullying
dox|doxx|doxing|doxxed|home address|expose personal info|private info|private information => doxxing
logo|logos|maple leaf|flag|wordmark|canada wordmark|coat of arms|fip|government symbol|government symbols|gc logo => official symbols
gc ca|gc ca email|work email|work email address|government email|government email address|gov email|govt email|office email => govemail
fake news|hoax|rumour|rumours|rumor|rumors|not true|untrue|lie|lies|lying|false info|made up => misleading
deepfake|deepfakes|deep fake|ai generated|ai image|ai images|chatgpt|generated image|photoshopped|doctored => artificial intelligence
ai => artificial intelligence
misinfo|disinfo|propaganda => misinformation
confirmed|unconfirmed|verify|verified|unverified|fact check|fact checked|fact checking|legit|credible|reliable|trustworthy|real or fake|where it came from|where it comes from|who made it => trusted source
whistleblow|whistleblowing|whistleblower|blow the whistle|expose corruption|report corruption|corruption|fraud|misconduct => wrongdoing
slogan|slogans|catchphrase|trending|trend|trends => hashtag
hashtags => hashtag
infographic|infographics|government report|government graphics|government photo|government content|government material => crown copyright
as if i made it|without credit|no credit|without attribution|without citing|take credit|pass off|without crediting|without the source => without source
wife|husband|spouse|partner|brother|sister|mom|dad|mother|father|cousin|son|daughter|relative|relatives|family member|family members => family
unreleased|not released|has not been released|not yet announced|not announced|not public yet|not yet public|upcoming|embargoed|before it is announced|before the announcement|inside info|insider => unreleased
supplier|suppliers|contractor|contractors|bidder|bidders|vendors|company|companies|firm => vendor
procurement|tender|rfp|bid|bidding|contracts => contract
protected b|protected a|secret|classified|confidential|internal document|internal documents|internal memo|briefing note|cabinet => sensitive information
screenshot of work|screenshots of work|photos of the office|office photos => sensitive pictures
membership|member of a party|party member|card carrying|card carrying member|join a party|joined a party|donate|donation|donating|fundraiser|fundraising|lawn sign|lawn signs => political activities
nurse|nurses|engineer|engineers|lawyer|lawyers|doctor|physician|accountant|cpa|scientist|scientists|psychologist|social worker|pharmacist|architect|regulated profession|licensed => professional codes
promotion|promotions|promoted|career|careers|advancement|future jobs|resume|cv => career
clean up|cleanup|delete old|old posts|old tweets|past posts|scrub|my history|post history|old photos|years ago => online history
bio|about section|profile description => profile
opinions are mine|opinions are my own|views are my own|my views only|not endorsement|not endorsements|rt not endorsement|personal views => disclaimer
private account|locked account|protected tweets|friends only|close friends|privacy setting|privacy settings|private profile => privacy settings
fake name|alias|pseudonym|burner|alt account|anon|finsta|secret account|throwaway|anonymously|incognito => anonymous
values and ethics|v e|ethics office|ethics advisor|ethics advisors|values and ethics office => ethics
eap|employee assistance|employee assistance program|counselling|counseling|mental health => eap
ombuds|ombudsman|ombudsperson => ombud
psc|public service commission => psc
dpar|political activities representative|designated political activities representative => dpar
csps|canada school of public service|school of public service|course|courses|training|webinar|webinars|learning|e learning => csps
fired|firing|get fired|lose my job|terminated|termination|punished|punishment|consequences|in trouble|sanction|sanctions|penalty|penalties|disciplined => discipline
threatened|threatening me|harassing me|harassed|attacked|trolled me|abuse|abusive|hate messages|stalk|stalking|targeted => harassment
work hours|working hours|on the clock|on work time|during work|at work|from work|from the office|in the office|at the office|work computer|work laptop|work phone|government device|government laptop|government phone|government network|work network|working hours|government premises|government resources => atwork
answer questions|answering questions|reply to questions|respond to questions|respond to clients|help clients|help people with their file|customer service|client questions => clientquestions
bilingual|both languages|french and english|english and french|official languages => official languages
atip|ati|access to information|privacy act => atip
twenty four seven|24 7|24 hours => twentyfourseven
spokesperson|spokesperson for|speak on behalf|speak for|on behalf of => spokesperson
reddit|tiktok|snapchat|bluesky|threads|mastodon|tripadvisor|yelp|google reviews => platforms
share my screen|share your screen|share screen|screen share|screen sharing|teams channel|teams chat|teams meeting|microsoft teams|ms teams|in teams|on teams|email signature|out of office|outlook|sharepoint|onedrive|gcdocs => workplacetool
vacation days|vacation leave|annual leave|take vacation|take my vacation|book vacation|book my vacation|vacation request|sick leave|sick days|parental leave|leave balance => leaveentitlement
troubling|questionable|problematic|concerning|offensive|disturbing|sketchy|dodgy|unacceptable|out of line|over the line|crossed the line|crosses the line => inappropriate
gov|govt|federal government|feds|the feds|gc => government
`;

const FR = `
tweeter|twitter|gazouiller|poster|mettre en ligne|texter => publier
repartager|relayer|retweeter|faire suivre|transferer|transmettre|faire circuler|diffuser => partager
liker|j aime|aimer|mettre un like|mettre un j aime|reagir => aimer
taguer|tagger|mentionner|tag => identifier
insta|ig => instagram
fb => facebook
collegues|coequipier|coequipiers|coequipiere|camarade de travail => collegue
patron|patronne|boss|superviseur|superviseure|superieur|superieure|chef d equipe|mon gestionnaire|ma gestionnaire => gestionnaire
ministere|ministeres|organisme|organismes|agence|departement|employeur => organisation
petite entreprise|mon entreprise|ma business|ma compagnie|side business|travail autonome|pigiste|boutique en ligne|etsy|entreprise privee => entreprise
youtubeur|youtubeuse|youtuber|chaine youtube|tiktokeur|tiktokeuse|createur de contenu|createurice de contenu|creatrice de contenu|blogueur|blogueuse|balado|baladodiffusion|podcast|streameur|streameuse|commandites|commandite => influenceur
me presenter|se presenter|briguer|candidature|candidate|candidats|candidates|mise en candidature|investiture => candidat
elections|scrutin|electoral|electorale => election
conseil municipal|conseillere municipale|conseiller municipal|mairie|maire|mairesse|commission scolaire => municipal
faire campagne|porte a porte|benevole pour un parti|benevolat politique|campagne electorale => campagne politique
liberal|liberaux|conservateur|conservateurs|npd|bloc|bloquiste|parti vert|pcc|plc|partis => parti
parti politique|partis politiques => parti politique
premier ministre|premiere ministre|le pm|president|presidente|trudeau|poilievre|carney|legault|trump|dirigeants => dirigeant
chien|chiens|chiot|chiots|chat|chats|chaton|chatons|toutou|minou|animal|animaux|animaux de compagnie => animal de compagnie
voyage|voyages|conges|plage|escapade => vacances
mariage|anniversaire|fete|bapteme|noces|reunion de famille|graduation|remise de diplomes|noel|evenements familiaux => evenement familial
photos|selfie|selfies|pic|pics|image de moi => photo
recette|cuisine|astuce|astuces|truc|trucs|bricolage|passe temps|loisir|loisirs|hobby => recettes astuces
offre d emploi|offres d emploi|affichage de poste|affichage|poste a combler|postes a combler|concours|processus de dotation|on embauche|embauche|recrutement => possibilites emploi
prix|reconnaissance|felicitations|feliciter|bravo|distinction|accomplissement => prix
debat des chefs|debats|assemblee publique|diffusion en direct|en direct => debat
ukraine|gaza|israel|palestine|russie|guerre|avortement|immigration|changements climatiques|armes a feu|vaccins|geopolitique|moyen orient|chine|refugies|manifestations => controverse
etranger|etrangere|autre pays|etats unis|americain|provincial|autre palier => autre administration
se moquer|moquer|ridiculiser|memes => moquer
petitions|signatures => petition
groupe whatsapp|serveur discord|discord|groupe facebook|sous reddit|groupe de discussion|forum|forums|clavardage de groupe => communaute en ligne
denigrer|chialer|critiquer|critique|critiques|se plaindre|plainte|casser du sucre => critiquer
intimider|intimidation|cyberintimidation|agressif|agressive|agressivement|insulter|insultes|troller => intimidation
doxxer|doxxing|adresse personnelle|infos personnelles|renseignements personnels d une personne => doxxing
logo|drapeau|feuille d erable|mot symbole|armoiries|symbole du gouvernement|symboles du gouvernement|pcim => symboles officiels
courriel du gouvernement|adresse gc ca|gc ca|courriel de travail|courriel professionnel|adresse courriel du travail => courrielgouv
fausse nouvelle|fausses nouvelles|fake news|rumeur|rumeurs|pas vrai|faux|fausse|mensonge|mensonges => trompeur
hypertrucage|hypertrucages|deepfake|deepfakes|genere par ia|image generee|chatgpt => intelligence artificielle
ia => intelligence artificielle
desinfo|mesinfo|propagande => mesinformation
confirme|confirmee|non confirme|verifier|verifie|verifiee|fiable|credible|vrai ou faux|d ou ca vient|d ou vient => source fiable
denoncer|denonciation|lanceur d alerte|lanceuse d alerte|actes reprehensibles|acte reprehensible|fraude|corruption => reprehensible
mot clic|mot cle|mots cles|mots clics|hashtag|hashtags|slogan|slogans|tendance => mot clic
infographie|rapport du gouvernement|contenu du gouvernement|photo du gouvernement => droit auteur
droit d auteur|droits d auteur => droit auteur
sans citer|sans mentionner la source|sans la source|sans credit|comme si c etait moi|m attribuer => sans source
femme|mari|conjoint|conjointe|frere|soeur|mere|pere|cousin|cousine|fils|fille|parent|ami|amie|amis|chum|blonde => famille
pas encore annonce|pas encore publie|pas encore public|non publie|pas public|a venir|sous embargo|avant l annonce => nonpublie
fournisseur|fournisseurs|entrepreneur|soumissionnaire|compagnie|entreprise => fournisseur
approvisionnement|appel d offres|contrat|contrats|marche public => contrat
protege b|protege a|secret|classifie|confidentiel|confidentielle|document interne|note d information|cabinet => renseignements sensibles
membre d un parti|carte de membre|adherer a un parti|don a un parti|faire un don|dons|financement politique|pancarte|pancartes => activites politiques
infirmiere|infirmier|ingenieur|ingenieure|avocat|avocate|medecin|comptable|scientifique|psychologue|travailleur social|pharmacien|ordre professionnel|barreau => codes professionnels
promotion|carriere|avancement|cv => carriere
nettoyer|effacer|supprimer mes vieilles|vieilles publications|anciennes publications|anciens messages|historique|il y a des annees => historique en ligne
bio|biographie|description de profil => profil
opinions n engagent que moi|mes opinions sont les miennes|opinions personnelles|propos n engagent que moi|avertissement => avis de non responsabilite
clause de non responsabilite => avis de non responsabilite
compte prive|profil prive|parametres de confidentialite|parametre de confidentialite|amis seulement => parametres confidentialite
faux nom|pseudonyme|pseudo|compte anonyme|anonymement|faux compte|alias => anonyme
valeurs et ethique|bureau de l ethique|bureau des valeurs et de l ethique|ethique => ethique
pae|programme d aide aux employes|sante mentale => pae
ombudsman|ombudsperson => ombud
cfp|commission de la fonction publique => cfp
efpc|ecole de la fonction publique du canada|ecole de la fonction publique|cours en ligne|formation|formations|webinaire => efpc
congedie|congediee|renvoye|renvoyee|mis a la porte|perdre mon emploi|puni|punition|sanction|sanctions|consequences|mesures disciplinaires|mesure disciplinaire => discipline
harcele|harcelee|harcelement|menace|menacee|menaces|attaque|attaquee|messages haineux|traque => harcelement
heures de travail|pendant le travail|au travail|au bureau|ordinateur du travail|cellulaire du travail|telephone du travail|appareil du gouvernement|reseau du gouvernement|heures de travail|locaux du gouvernement|ressources du gouvernement => autravail
repondre aux questions|repondre a des questions|repondre aux clients|service a la clientele => clientquestions
bilingue|deux langues|langues officielles => langues officielles
aiprp|acces a l information => aiprp
24 7|24 heures sur 24 => vingtquatresept
porte parole|au nom du ministere|au nom de => porte parole
reddit|tiktok|snapchat|bluesky|threads|tripadvisor => plateformes
partager mon ecran|partager l ecran|partage d ecran|canal teams|clavardage teams|dans teams|sur teams|microsoft teams|signature de courriel|message d absence|outlook|sharepoint|onedrive|gcdocs => outilbureau
prendre mes vacances|prendre des vacances|jours de vacances|conge annuel|conges annuels|conge de maladie|conges de maladie|conge parental|solde de conges => congeadministratif
douteux|douteuse|problematique|offensant|offensante|choquant|choquante|deplace|deplacee|limite => inapproprie
gouv|gouvernement federal|le federal|gc => gouvernement
`;

/** Concepts outside the guidance (workplace tools, leave): they never place a question in its domain. */
export const OFF_TOPIC: ReadonlySet<string> = new Set([
  'workplacetool',
  'leaveentitlement',
  'outilbureau',
  'congeadministratif',
]);

export interface Rule {
  readonly from: readonly string[];
  readonly to: readonly string[];
}

// French tables are written without apostrophes ("offre d emploi"); the elided words are dropped
// here exactly as normalise() drops them from "offre d'emploi".
const ELIDED = new Set(['d', 'l', 'j', 'm', 's', 'n', 't', 'c', 'qu']);

function parse(table: string, lang: Lang): Rule[] {
  const rules: Rule[] = [];
  const wordsOf = (s: string) => tokenize(s).filter((w) => lang === 'en' || !ELIDED.has(w));
  for (const line of table.split('\n')) {
    const [lhs, rhs] = line.split('=>').map((s) => s.trim());
    if (!lhs || !rhs) continue;
    const to = wordsOf(rhs);
    for (const alt of lhs.split('|')) {
      const from = wordsOf(alt);
      if (from.length > 0) rules.push({ from, to });
    }
  }
  return rules;
}

export const LEXICON: Record<Lang, readonly Rule[]> = { en: parse(EN, 'en'), fr: parse(FR, 'fr') };
