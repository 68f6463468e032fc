// Chaînes françaises de l’interface. La terminologie suit le glossaire du projet et le catalogue :
// « les lignes directrices » (jamais « l’orientation »), bureau des valeurs et de l’éthique, haut
// fonctionnaire désigné en matière de conflits d’intérêts, ombud.
import type { UiStrings } from './strings.js';

export const fr = {
  common: {
    rowIcon: '→',
    youAsked: 'Vous avez demandé : ',
    browseTopics: 'Parcourir les sujets',
    whereToGetSupport: 'Où obtenir du soutien',
  },
  answer: {
    verdicts: {
      appropriate: 'Approprié',
      risky: 'Potentiellement risqué',
      inappropriate: 'Inapproprié',
    },
    whyHeading: "Pourquoi c'est important",
    relatedHeading: 'Voir aussi',
    helpfulQuestion: 'Cette réponse vous a-t-elle été utile?',
    yes: 'Oui',
    no: 'Non',
    thanks: 'Merci de votre rétroaction.',
    translationNote: "Traduction préparée pour l'outil; le texte officiel fait foi.",
    askYourself: 'Posez-vous ces questions :',
    details: "Texte complet et pourquoi c'est important",
    detailsRow: "▸ Texte complet et pourquoi c'est important",
    openedBelow: 'Ouvert ci-dessous ↓',
    missingQuestion: "Merci. Qu'est-ce qui manquait?",
    reasons: {
      'wrong-topic': 'Mauvais sujet',
      'too-long': 'Trop long',
      unclear: 'Pas clair',
      'not-my-situation': 'Ne répond pas à ma situation',
    },
  },
  didYouMean: {
    intro:
      'Je ne suis pas certain de la partie des lignes directrices dont vous parlez. Vouliez-vous dire :',
    noneOfThese: 'Aucun de ces choix',
  },
  notFound: {
    sentence: "Je n'ai pas trouvé cela dans les lignes directrices.",
    scope:
      "Je réponds aux questions sur les Lignes directrices pour les fonctionnaires concernant l'utilisation personnelle des médias sociaux.",
    topicsOffer: 'Vous pouvez parcourir les lignes directrices par sujet.',
    rephrase:
      'Vous pouvez aussi reformuler votre question : précisez qui fait quoi (vous, un proche, un employé) et ce que vous voulez publier, partager ou signer.',
    supportIntro: 'Pour obtenir des conseils sur une situation précise, vous pouvez consulter :',
    supportItems: [
      'votre gestionnaire',
      "le bureau des valeurs et de l'éthique de votre organisation",
      "votre haut fonctionnaire désigné en matière de conflits d'intérêts",
      'votre ombud',
    ],
  },
  support: {
    title: "Où s'adresser pour obtenir de l'aide",
    intro: "Dans certains cas, l'évaluation des risques peut être complexe ou difficile.",
    groups: [
      {
        heading: 'En cas de doute',
        paragraphs: [
          "Nous vous encourageons à en discuter avec votre gestionnaire, le bureau des valeurs et de l'éthique de votre organisation (Hauts fonctionnaires responsables des valeurs et de l'éthique de la fonction publique [accessible uniquement sur le réseau du gouvernement du Canada]) ou votre haut fonctionnaire désigné en matière de conflits d'intérêts (Agents ministériels responsables des conflits d'intérêts et des mesures d'après-mandat [accessible uniquement sur le réseau du gouvernement du Canada]).",
          "Si vous ne savez pas si vous devriez prendre des mesures, vous pouvez en discuter avec votre gestionnaire, le bureau des valeurs et de l'éthique de votre organisation ou votre ombud.",
        ],
      },
      {
        heading: 'Harcèlement, discrimination et préoccupations au travail',
        paragraphs: [
          "Si vous subissez du harcèlement ou de la discrimination sur les médias sociaux de la part d'un autre fonctionnaire ou d'un membre du public en raison de votre poste de fonctionnaire, vous devriez le signaler à votre gestionnaire, qui examinera avec vous la marche à suivre appropriée dans les circonstances, ce qui peut consister à faire appel à la division des ressources humaines ou de la sécurité de votre organisation, ou éventuellement aux forces de l'ordre.",
          "Le Programme d'aide aux employés peut offrir un soutien en santé mentale si vous subissez du harcèlement ou de la discrimination sur les médias sociaux.",
          "Les employés sont encouragés à parler à leur gestionnaire s'ils ont des préoccupations et à utiliser les ressources internes, comme le Programme d'aide aux employés pour obtenir du soutien en santé mentale, ainsi que les mécanismes de recours internes pour les aider à traiter et à régler les problèmes en milieu de travail.",
        ],
      },
      {
        heading: 'Activités politiques',
        paragraphs: [
          "Vous devez demander et obtenir la permission de la Commission de la fonction publique avant d'être candidat à une élection municipale, provinciale, territoriale ou fédérale ou de tenter de le devenir.",
          "D'autres activités peuvent être évaluées à l'aide de l'outil d'autoévaluation de la Commission de la fonction publique. Nous vous encourageons à demander conseil au représentant désigné en matière d'activités politiques de votre organisation avant d'entreprendre toute activité politique.",
        ],
      },
      {
        heading: "Divulgation d'actes répréhensibles",
        paragraphs: [
          "La Loi sur la protection des fonctionnaires divulgateurs d'actes répréhensibles prévoit des moyens de divulguer des actes répréhensibles dans la fonction publique. Les fonctionnaires peuvent divulguer des allégations d'actes répréhensibles à leur agent supérieur chargé des divulgations d'actes répréhensibles (accessible uniquement sur le réseau du gouvernement du Canada) ou au Commissariat à l'intégrité du secteur public.",
        ],
      },
      {
        heading: 'Pour les gestionnaires',
        for: 'managers',
        paragraphs: [
          "Les gestionnaires devraient s'employer de façon proactive à créer au sein de leur équipe des espaces psychologiquement sécuritaires où les problèmes et les préoccupations peuvent être soulevés. Le Centre d'expertise sur la santé mentale en milieu de travail offre des ressources pour vous aider.",
          "De plus, les gestionnaires devraient informer de façon proactive leurs employés qu'il existe des mécanismes pour soulever les différends en milieu de travail et les différends interpersonnels. Il peut s'agir des bureaux des valeurs et de l'éthique de l'organisation, d'un ombud attitré, des ressources humaines, des représentants syndicaux ou d'autres parties concernées.",
          "Selon la complexité et la gravité de la situation, vous pourriez devoir faire appel au bureau des valeurs et de l'éthique de votre organisation, au bureau de l'ombud, aux relations de travail, aux ressources humaines, au bureau des conflits d'intérêts ou à d'autres parties concernées. Vous devriez consulter votre code de conduite organisationnel pour obtenir d'autres ressources et renseignements.",
        ],
      },
      {
        heading: 'Pour les cadres',
        for: 'executives',
        paragraphs: [
          'Les cadres devraient être disponibles pour soutenir les gestionnaires et les conseiller dans ces situations.',
          "Si l'activité présente un risque plus élevé, il peut être plus approprié de faire enquête sur la question en obtenant l'avis de vos conseillers en relations de travail.",
        ],
      },
      {
        heading: 'Apprentissage',
        paragraphs: [
          "L'École de la fonction publique du Canada offre diverses possibilités d'apprentissage qui pourraient vous aider, par exemple :",
        ],
        items: [
          'Pratiques exemplaires en matière de cybersécurité (DDN250)',
          '(Pour usage professionnel) Naviguer dans les médias sociaux en tant que fonctionnaire (TRN125)',
          "Déjouer l'ingénierie sociale (DDN2-A29)",
          'Démêler la mésinformation et la désinformation (TRN506)',
        ],
      },
      {
        heading: 'Commentaires sur les lignes directrices',
        paragraphs: [
          'Le présent document sera mis à jour périodiquement. Veuillez envoyer vos commentaires ou suggestions concernant les présentes lignes directrices à Integrity-integrite@tbs-sct.gc.ca.',
        ],
      },
    ],
    translationNote: "Traduction préparée pour l'outil; le texte officiel fait foi.",
    orgHeading: 'Personnes-ressources de votre organisation',
    phone: 'Téléphone',
    email: 'Courriel',
  },
  welcome: {
    title: 'Lignes directrices sur les médias sociaux',
    intro:
      "Je réponds, en français et en anglais, aux questions sur les Lignes directrices pour les fonctionnaires concernant l'utilisation personnelle des médias sociaux, publiées par le gouvernement du Canada. Posez votre question en vos propres mots.",
    limits:
      "Mes réponses proviennent des lignes directrices. Elles ne constituent pas un avis juridique et ne remplacent pas une discussion avec votre gestionnaire ou votre bureau des valeurs et de l'éthique.",
    examplesHeading: 'Par exemple, vous pouvez demander :',
    examples: [
      'Puis-je signer une pétition sur une politique du gouvernement?',
      'Puis-je publier des photos de mon chien?',
      "Est-ce que je peux aimer les publications d'un parti politique?",
      "Ai-je besoin d'une permission pour me présenter à une élection municipale?",
    ],
    commandsHeading: 'Commandes',
    commands: [
      { command: 'sujets', description: 'parcourir les lignes directrices par section' },
      { command: 'soutien', description: 'où obtenir du soutien' },
      { command: 'aide', description: 'afficher ce message' },
      { command: 'langue en', description: 'answer in English' },
    ],
    privacy: 'Vos questions ne sont pas conservées avec votre nom.',
  },
  teamHelp: {
    title: 'Conseils médias sociaux pour votre équipe',
    mention:
      "Ici, mentionnez-moi d'abord : tapez @, choisissez Conseils médias sociaux, puis votre question ou une commande, en français ou en anglais.",
    example: 'Par exemple : « @Conseils médias sociaux puis-je partager cette pétition? »',
    heading: 'En équipe',
    commands: {
      quiz: {
        title: 'Lancer un questionnaire',
        hint: 'Trois scénarios; chaque personne répond en privé et les résultats sont anonymes. Aussi « questionnaire 5 » ou « questionnaire 4 60 s » pour un temps limite.',
      },
      scenario: {
        title: 'Publier un scénario',
        hint: "Une situation « Que feriez-vous? » dont l'équipe peut discuter.",
      },
      schedule: {
        title: 'Scénario hebdomadaire',
        hint: 'Voir ou établir le scénario hebdomadaire de ce canal, par exemple « horaire hebdomadaire lundi 9 h ».',
      },
    },
    scheduleInChannels: "Dans un canal d'équipe, je peux aussi publier un scénario chaque semaine.",
    privateChat: "Pour une question personnelle, vous pouvez aussi m'écrire en privé.",
  },
  smallTalk: {
    greeting:
      'Bonjour! Posez-moi une question sur votre utilisation personnelle des médias sociaux, par exemple « Puis-je partager cette pétition? » Tapez « aide » pour voir ce que je peux faire.',
    thanks:
      "Je vous en prie. N'hésitez pas à me poser d'autres questions sur les lignes directrices au besoin.",
    goodbye: "Au revoir et merci d'avoir consulté les lignes directrices.",
  },
  topics: {
    title: 'Parcourir les lignes directrices',
    intro: 'Choisissez une section :',
    sectionIntro: 'Choisissez un sujet :',
    back: '← Toutes les sections',
  },
} as const satisfies UiStrings;
