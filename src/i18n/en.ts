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
    helpfulQuestion: 'Was this helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thank you for your feedback.',
    translationNote: 'Translation prepared for this tool; the official text prevails.',
    askYourself: 'Ask yourself:',
    details: 'Full text and why it matters',
    detailsRow: '▸ Full text and why it matters',
    openedBelow: 'Opened below ↓',
    missingQuestion: 'Thank you. What was missing?',
    reasons: {
      'wrong-topic': 'Wrong topic',
      'too-long': 'Too long',
      unclear: 'Unclear',
      'not-my-situation': 'Didn’t answer my situation',
    },
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
    rephrase:
      'You can also ask again in other words: say who does what (you, a relative, your employee) and what you would post, share or sign.',
    supportIntro: 'For advice on a specific situation, you can talk to:',
    supportItems: [
      'your manager',
      'your organization’s values and ethics office',
      'your designated senior official for conflict of interest',
      'your Ombud',
    ],
  },
  support: {
    title: 'Where to go for support',
    intro: 'In some instances, evaluating risks may be complex or challenging.',
    groups: [
      {
        heading: 'When you are unsure',
        paragraphs: [
          'You are encouraged to discuss with your manager, your organization’s values and ethics office (Senior officials for public service values and ethics (accessible only on the Government of Canada network)), or your designated senior official for conflict of interest (Departmental officers for conflict of interest and post-employment measures (accessible only on the Government of Canada network)).',
          'If you are unsure if you should take any action, you can discuss it with your manager, your organizational values and ethics office, or your Ombud.',
        ],
      },
      {
        heading: 'Harassment, discrimination and workplace concerns',
        paragraphs: [
          'If you are experiencing harassment or discrimination on social media from another public servant or from a member of the public because of your position as a public servant, you should report this to your manager, who will consider with you the appropriate course of action in the circumstance, which may be engaging with your organization’s human resources or security division or possibly law enforcement.',
          'The Employee Assistance Program can offer mental health support if you experience harassment or discrimination on social media.',
          'Employees are encouraged to speak to their manager if they have concerns and to use internal resources such as the Employee Assistance Program for mental health support and internal recourse mechanisms to help address and resolve workplace issues.',
        ],
      },
      {
        heading: 'Political activities',
        paragraphs: [
          'You must request and obtain permission from the Public Service Commission before seeking a nomination as or being a candidate in an election at the municipal, provincial, territorial or federal level.',
          'Other activities can be assessed using the Public Service Commission’s Self-Assessment Tool. You are encouraged to seek guidance and advice from your organization’s designated political activities representative before undertaking any political activities.',
        ],
      },
      {
        heading: 'Disclosing wrongdoing',
        paragraphs: [
          'There are avenues to disclose wrongdoing in the public service available under the Public Servants Disclosure Protection Act. Public servants can disclose allegations of wrongdoing to their Senior officer for disclosure of wrongdoing (accessible only on the Government of Canada network) or to the Office of the Public Sector Integrity Commissioner.',
        ],
      },
      {
        heading: 'For managers',
        for: 'managers',
        paragraphs: [
          'Managers should proactively work on creating psychologically safe spaces within their team where issues and concerns can be raised. The Centre of Expertise on Mental Health in the Workplace has resources to help you.',
          'Additionally, managers should proactively inform their employees there are mechanisms to raise workplace and interpersonal disputes. This could include organizational values and ethics offices, a dedicated Ombud, human resources, union representatives, or other relevant parties.',
          'Depending on the complexity and the severity of the situation, you may need to involve your organizational values and ethics office, Ombud office, labour relations, human resources, conflict of interest office, or other relevant parties. You should consult your organizational code of conduct for additional resources and information.',
        ],
      },
      {
        heading: 'For executives',
        for: 'executives',
        paragraphs: [
          'Executives should be available to support managers and provide guidance in these instances.',
          'If the activity poses higher risk, it may be more appropriate to investigate the matter with advice from your labour relations advisors.',
        ],
      },
      {
        heading: 'Learning',
        paragraphs: [
          'The Canada School of Public Service offers a variety of learning opportunities that may help you, for example:',
        ],
        items: [
          'Cyber Security Best Practices (DDN250)',
          '(For professional use) Navigating Social Media as a Public Servant (TRN125)',
          'Outsmarting Social Engineering (DDN2-A29)',
          'Untangling Misinformation and Disinformation (TRN506)',
        ],
      },
      {
        heading: 'Comments on the guidance',
        paragraphs: [
          'This document will be updated periodically. Send comments or suggestions regarding this guidance to Integrity-integrite@tbs-sct.gc.ca.',
        ],
      },
    ],
    translationNote: '',
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
  teamHelp: {
    title: 'Social Media Guidance for your team',
    mention:
      'Here, mention me first: type @, choose Social Media Guidance, then your question or a command, in English or French.',
    example: 'For example: “@Social Media Guidance can I share this petition?”',
    heading: 'Together',
    commands: {
      quiz: {
        title: 'Start a quiz',
        hint: 'Three scenarios; each person answers privately and the results are anonymous. Also “quiz 5” or “quiz 4 60s” for a time limit.',
      },
      scenario: {
        title: 'Post a scenario',
        hint: 'A “What would you do?” situation for the team to discuss.',
      },
      schedule: {
        title: 'Weekly scenario',
        hint: 'See or set this channel’s weekly scenario, for example “schedule weekly Monday 9:00”.',
      },
    },
    scheduleInChannels: 'In a team channel, I can also post a scenario every week.',
    privateChat: 'For a question of your own, you can also chat with me privately.',
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
