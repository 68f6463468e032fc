/** Questions longer than this are cut before matching: nobody asks in more words, and it bounds work. */
export const MAX_QUESTION_LENGTH = 500;
