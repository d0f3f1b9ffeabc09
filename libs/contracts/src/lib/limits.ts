/** Field limits shared by the API's validation and the web app's forms, so the two cannot drift apart. */
export const MAX_PAGE_SIZE = 100;
export const EMAIL_MAX_LENGTH = 254;
export const PERSON_NAME_MAX_LENGTH = 120;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
export const VISION_MAX_LENGTH = 4000;
export const TERMS_MIN_LENGTH = 20;
export const TERMS_MAX_LENGTH = 50000;
export const SEARCH_MAX_LENGTH = 100;
