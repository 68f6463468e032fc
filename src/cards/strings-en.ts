// English UI strings. Support wording follows the guidance ("Where to go for support", "Guidance on
// political activities", disclosing wrongdoing) closely; do not paraphrase it into advice.
import type { UiStrings } from './strings.js';

export const en = {
  common: {
    rowIcon: '→',
    youAsked: 'You asked: ',
    browseTopics: 'Browse topics',
    whereToGetSupport: 'Where to get support',
  },
  answer: {
    verdicts: {
      appropriate: 'Appropriate',
      risky: 'Potentially risky',
      inappropriate: 'Inappropriate',
    },
    whyHeading: 'Why this is important',
    relatedHeading: 'Related',
    supportPrompt: 'Not sure how this applies to your situation?',
    helpfulQuestion: 'Was this helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your feedback.',
    translationNote: 'Translation prepared for this tool; the official text prevails.',
  },
  didYouMean: {
    intro: 'I’m not sure which part of the guidance you mean. Did you mean:',
    noneOfThese: 'None of these',
  },
  notFound: {
    sentence: "I couldn't find that in the guidance.",
    scope:
      'I answer questions about the Guidance for Public Servants on their Personal Use of Social Media.',
    topicsOffer: 'You can browse the guidance by topic.',
    supportIntro: 'For advice on a specific situation, you can talk to:',
    supportItems: [
      'your manager',
      'your organization’s values and ethics office',
      'your designated senior official for conflict of interest',
      'your Ombud',
    ],
  },
  support: {
    title: 'Where to get support',
    intro:
      'In some instances, evaluating risks may be complex or challenging. You are encouraged to discuss uncertain situations and should feel comfortable doing so.',
    groups: [
      {
        heading: 'Advice on a situation',
        lead: 'You can discuss with:',
        items: [
          'your manager',
          'your organization’s values and ethics office',
          'your designated senior official for conflict of interest',
          'your Ombud, if you are unsure whether you should take any action',
        ],
      },
      {
        heading: 'Harassment or discrimination',
        lead: 'If you experience harassment or discrimination on social media because of your position as a public servant, report it to your manager. The Employee Assistance Program (EAP) can offer mental health support.',
      },
      {
        heading: 'Political activities',
        items: [
          'You must request and obtain permission from the Public Service Commission before seeking a nomination as or being a candidate in an election (municipal, provincial, territorial or federal).',
          'Other activities can be assessed using the Public Service Commission’s Self-Assessment Tool.',
          'Seek guidance and advice from your organization’s designated political activities representative before undertaking any political activities.',
        ],
      },
      {
        heading: 'Disclosing wrongdoing',
        lead: 'Social media should not be used for disclosing allegations of wrongdoing in the public service. Under the Public Servants Disclosure Protection Act, you can disclose to your Senior officer for disclosure of wrongdoing or to the Office of the Public Sector Integrity Commissioner.',
      },
      {
        heading: 'Learning',
        lead: 'The Canada School of Public Service offers learning opportunities that may help you, for example:',
        items: [
          'Cyber Security Best Practices (DDN250)',
          '(For professional use) Navigating Social Media as a Public Servant (TRN125)',
          'Outsmarting Social Engineering (DDN2-A29)',
          'Untangling Misinformation and Disinformation (TRN506)',
        ],
      },
      {
        heading: 'Comments on the guidance',
        lead: 'Send comments or suggestions regarding this guidance to Integrity-integrite@tbs-sct.gc.ca.',
      },
    ],
    orgHeading: 'Contacts in your organization',
    phone: 'Phone',
    email: 'Email',
  },
  welcome: {
    title: 'Social Media Guidance',
    intro:
      'I answer questions about the Government of Canada’s Guidance for Public Servants on their Personal Use of Social Media, in English and French. Ask in your own words.',
    limits:
      'My answers come from the guidance. They are not legal advice and do not replace a conversation with your manager or your values and ethics office.',
    examplesHeading: 'For example, you can ask:',
    examples: [
      'Can I sign a petition about a government policy?',
      'Can I post pictures of my dog?',
      'Is it OK to like posts from a political party?',
      'Do I need permission to run in a municipal election?',
    ],
    commandsHeading: 'Commands',
    commands: [
      { command: 'topics', description: 'browse the guidance by section' },
      { command: 'support', description: 'where to get support' },
      { command: 'help', description: 'show this message' },
      { command: 'language fr', description: 'répondre en français' },
    ],
    privacy: 'Your questions are not stored with your name.',
  },
  smallTalk: {
    greeting:
      'Hello! Ask me about your personal use of social media, for example “Can I share this petition?”. Type “help” to see what I can do.',
    thanks: 'You’re welcome. Ask me anything else about the guidance whenever you need.',
    goodbye: 'Goodbye, and thank you for checking the guidance.',
  },
  topics: {
    title: 'Browse the guidance',
    intro: 'Choose a section:',
    sectionIntro: 'Choose a topic:',
    back: '← All sections',
  },
} as const satisfies UiStrings;
