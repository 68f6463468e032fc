// Chaînes françaises de l’interface. La terminologie suit celle du catalogue (bureau des valeurs et de
// l’éthique, haut fonctionnaire désigné en matière de conflits d’intérêts, ombud, PAE, CFP).
import type { UiStrings } from './strings.js';

export const fr = {
  common: {
    rowIcon: '→',
    youAsked: 'Vous avez demandé : ',
    browseTopics: 'Parcourir les sujets',
    whereToGetSupport: 'Où obtenir du soutien',
  },
  answer: {
    verdicts: {
      appropriate: 'Approprié',
      risky: 'Potentiellement risqué',
      inappropriate: 'Inapproprié',
    },
    whyHeading: 'Pourquoi est-ce important?',
    relatedHeading: 'Voir aussi',
    supportPrompt: 'Vous ne savez pas comment cela s’applique à votre situation?',
    helpfulQuestion: 'Cette réponse vous a-t-elle été utile?',
    yes: 'Oui',
    no: 'Non',
    thanks: 'Merci de votre rétroaction.',
    translationNote: 'Traduction préparée pour l’outil; le texte officiel fait foi.',
  },
  didYouMean: {
    intro:
      'Je ne suis pas certain de la partie de l’orientation dont vous parlez. Vouliez-vous dire :',
    noneOfThese: 'Aucun de ces choix',
  },
  notFound: {
    sentence: "Je n'ai pas trouvé cela dans l'orientation.",
    scope:
      'Je réponds aux questions sur l’orientation à l’intention des fonctionnaires concernant leur utilisation personnelle des médias sociaux.',
    topicsOffer: 'Vous pouvez parcourir l’orientation par sujet.',
    supportIntro:
      'Pour obtenir des conseils sur une situation précise, vous pouvez vous adresser à :',
    supportItems: [
      'votre gestionnaire',
      'le bureau des valeurs et de l’éthique de votre organisation',
      'votre haut fonctionnaire désigné en matière de conflits d’intérêts',
      'votre ombud',
    ],
  },
  support: {
    title: 'Où obtenir du soutien',
    intro:
      'Dans certains cas, l’évaluation des risques peut être complexe ou difficile. Nous vous encourageons à discuter des situations incertaines et à vous sentir à l’aise de le faire.',
    groups: [
      {
        heading: 'Conseils sur une situation',
        lead: 'Vous pouvez en discuter avec :',
        items: [
          'votre gestionnaire',
          'le bureau des valeurs et de l’éthique de votre organisation',
          'votre haut fonctionnaire désigné en matière de conflits d’intérêts',
          'votre ombud, si vous ne savez pas si vous devriez prendre des mesures',
        ],
      },
      {
        heading: 'Harcèlement ou discrimination',
        lead: 'Si vous êtes victime de harcèlement ou de discrimination sur les médias sociaux en raison de votre poste de fonctionnaire, signalez-le à votre gestionnaire. Le Programme d’aide aux employés (PAE) peut offrir un soutien en santé mentale.',
      },
      {
        heading: 'Activités politiques',
        items: [
          'Vous devez demander et obtenir la permission de la Commission de la fonction publique avant de chercher à être choisi comme candidat ou d’être candidat à une élection (municipale, provinciale, territoriale ou fédérale).',
          'D’autres activités peuvent être évaluées à l’aide de l’outil d’autoévaluation de la Commission de la fonction publique.',
          'Demandez conseil et orientation au représentant désigné en matière d’activités politiques de votre organisation avant d’entreprendre toute activité politique.',
        ],
      },
      {
        heading: 'Divulgation d’actes répréhensibles',
        lead: 'Les médias sociaux ne devraient pas servir à divulguer des allégations d’actes répréhensibles dans la fonction publique. En vertu de la Loi sur la protection des fonctionnaires divulgateurs d’actes répréhensibles, vous pouvez faire une divulgation à l’agent supérieur chargé des divulgations d’actes répréhensibles de votre organisation ou au Commissariat à l’intégrité du secteur public.',
      },
      {
        heading: 'Apprentissage',
        lead: 'L’École de la fonction publique du Canada offre diverses possibilités d’apprentissage qui pourraient vous aider, par exemple :',
        items: [
          'Pratiques exemplaires en matière de cybersécurité (DDN250)',
          '(Pour usage professionnel) Naviguer dans les médias sociaux en tant que fonctionnaire (TRN125)',
          'Déjouer l’ingénierie sociale (DDN2-A29)',
          'Démêler la mésinformation et la désinformation (TRN506)',
        ],
      },
      {
        heading: 'Commentaires sur l’orientation',
        lead: 'Veuillez envoyer vos commentaires ou suggestions concernant cette orientation à Integrity-integrite@tbs-sct.gc.ca.',
      },
    ],
    orgHeading: 'Personnes-ressources de votre organisation',
    phone: 'Téléphone',
    email: 'Courriel',
  },
  welcome: {
    title: 'Orientation sur les médias sociaux',
    intro:
      'Je réponds aux questions sur l’orientation du gouvernement du Canada à l’intention des fonctionnaires concernant leur utilisation personnelle des médias sociaux, en français et en anglais. Posez votre question dans vos propres mots.',
    limits:
      'Mes réponses proviennent de l’orientation. Elles ne constituent pas un avis juridique et ne remplacent pas une discussion avec votre gestionnaire ou le bureau des valeurs et de l’éthique.',
    examplesHeading: 'Par exemple, vous pouvez demander :',
    examples: [
      'Puis-je signer une pétition sur une politique du gouvernement?',
      'Puis-je publier des photos de mon chien?',
      'Est-ce que je peux aimer les publications d’un parti politique?',
      'Ai-je besoin d’une permission pour me présenter à une élection municipale?',
    ],
    commandsHeading: 'Commandes',
    commands: [
      { command: 'sujets', description: 'parcourir l’orientation par section' },
      { command: 'soutien', description: 'où obtenir du soutien' },
      { command: 'aide', description: 'afficher ce message' },
      { command: 'langue en', description: 'answer in English' },
    ],
    privacy: 'Vos questions ne sont pas conservées avec votre nom.',
  },
  smallTalk: {
    greeting:
      'Bonjour! Posez-moi une question sur votre utilisation personnelle des médias sociaux, par exemple « Puis-je partager cette pétition? ». Tapez « aide » pour voir ce que je peux faire.',
    thanks: 'Je vous en prie. N’hésitez pas à me poser d’autres questions sur l’orientation.',
    goodbye: 'Au revoir, et merci d’avoir consulté l’orientation.',
  },
  topics: {
    title: 'Parcourir l’orientation',
    intro: 'Choisissez une section :',
    sectionIntro: 'Choisissez un sujet :',
    back: '← Toutes les sections',
  },
} as const satisfies UiStrings;
