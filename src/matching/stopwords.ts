// Words that carry no meaning for matching: function words plus the ways people frame a
// question to the bot ("can I", "is it ok", "puis-je", "est-ce que"). Compared after normalise(),
// so French entries are written without accents.
import type { Lang } from '../guidance/types.js';

const EN = `a about above after again all also am an and any anyone anything are as at be because been
before being below between both but by can could did do does doing done during each else etc even ever
for from further get gets getting go going got had has have having he her here hers herself him himself his
how however i if in into is it its itself just let like_ lot lots may maybe me might mine more most much must my
myself need needs no nor not now of off ok okay on once one only or other our ours ourselves out over own
per please pls plz really same say says she should so some something somebody someone such than that the
their theirs them themselves then there these they thing things this those through to too u under until
up upon us very via want wanted wants was way we were what whats when where whether which while who whom
whose why will with within would ya yes yet you your yours yourself yourselves im ive id dont doesnt
cant isnt wont shouldnt wouldnt couldnt allowed allow permitted okey alright fine problem problems
actually basically guess think wondering wonder question questions know tell ask asking anyway still
hey hi hello thanks thank kind sort gonna wanna gotta kinda would`;

const FR = `a ai aie aient aies ait alors as au aucun aucune aussi autre autres aux avais avait avant avec
avez avoir avons ayant bah bien bon bonjour c ca car ce ceci cela celle celles celui cependant ces cet
cette ceux chez chose choses ci comme comment d dans de des deja depuis devrais devrait dire dois doit
donc dont du elle elles en encore es est et etaient etais etait etant ete etes etre eu eux fait faire
fais faut il ils j je jusqu l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni non nos
notre nous on ont ou oui par parce pas peu peut peuvent peux pour pourquoi pourrais pourrait pouvoir
puis puisque qu quand que quel quelle quelles quels qui quoi s sa sans se sera serait ses si sien
sienne soi soit sommes son sont sous suis sur t ta te tes toi ton tous tout toute toutes tres tu un une
vais veux voudrais vos votre vous vraiment y correct ok okay permis autorise droit bonne idee chu tu
svp merci allo salut genre ben pis ca cest jpeux jpourrais tsu faque quoi`;

const toSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const STOPWORDS: Record<Lang, ReadonlySet<string>> = { en: toSet(EN), fr: toSet(FR) };
