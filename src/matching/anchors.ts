// Words that say a question is about the guidance's world (social media, politics, ethics, the
// public service's obligations). A question with none of them is answered only when a phrasing
// matches it almost exactly: "what time is it" must not reach an entry through one stray word.
// Every word the lexicon maps to is an anchor too (see synonyms.ts).
import type { Lang } from '../guidance/types.js';

const EN = `social media online internet web post posting share like comment tag follow follower followers
unfollow profile account accounts avatar bio handle username hashtag meme memes blog video videos stream
influencer platform platforms facebook instagram x twitter tiktok linkedin reddit youtube whatsapp discord
snapchat bluesky threads mastodon website forum group community page channel dm message messages
pictures viral screenshot screenshots publicly political politics politician party election elections
candidate campaign vote voting voter petition minister ministers government parliament bill policy
policies program programs partisan partisanship impartial impartiality neutral neutrality loyalty loyal
ethics ethical values code conduct guidance guideline guidelines rules rule disclaimer anonymous privacy
private harassment harass harassed bully bullying discrimination racist hate hateful wrongdoing
conflict interest enterprise business vendor copyright symbol symbols manager managers executive
executives employee employees colleague colleagues team discipline support advice advise contact help
unsure doubt ombud eap psc course misinformation disinformation news article articles job award pet
vacation family recipe opinion opinions criticize criticism leader jurisdiction controversial justice
spokesperson reputation career history footprint fake public servant servants freedom expression
speech charter identity religion lgbtq trans race activism activist protest reputation allowed fraser supreme court ddn250 trn125 ddn2 a29 trn506
self assessment tool nomination riding mla mp councillor mayor senator clerk privy council task team`;

const FR = `medias sociaux reseaux sociaux media reseau en ligne internet web publier publication publications
partager partage aimer commenter commentaire identifier suivre abonne abonnes profil compte comptes avatar
bio pseudo mot clic meme blogue video videos influenceur plateforme plateformes facebook instagram x twitter
tiktok linkedin reddit youtube whatsapp discord snapchat site forum groupe communaute page chaine message
messages photo photos viral capture ecran politique politiques politicien parti election elections
candidat campagne voter vote petition ministre gouvernement parlement projet loi programme programmes
partisan partisane partisanerie impartial impartialite neutralite loyaute ethique valeurs code conduite
orientation directive regles regle avis anonyme confidentialite prive harcelement harceler intimidation
discrimination raciste haine reprehensible conflit interets entreprise fournisseur droit auteur symbole
symboles gestionnaire gestionnaires cadre cadres employe employes collegue collegues equipe discipline
soutien conseil conseils aide aider doute ombud pae cfp cours mesinformation desinformation nouvelles
article emploi prix animal vacances famille recette opinion opinions critiquer critique dirigeant
controverse justice porte parole reputation carriere historique faux fonctionnaire fonctionnaires liberte
expression charte identite religion militantisme manifestation fraser cour supreme ddn250 trn125 ddn2 a29 trn506
autoevaluation outil investiture circonscription depute conseiller maire greffier conseil prive`;

export const ANCHOR_WORDS: Record<Lang, readonly string[]> = {
  en: EN.split(/\s+/).filter(Boolean),
  fr: FR.split(/\s+/).filter(Boolean),
};
