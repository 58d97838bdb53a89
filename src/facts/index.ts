/**
 * The manual's facts, in one place. Pages, simulations, tools and tests import them from here;
 * a URL, a number or a message is never retyped.
 */
export * from './fact';
export * from './manual';
export * from './urls';
export * from './periods';
export * from './messages';
export * as labels from './labels';
export * from './certificates';
export * from './password-policy';
export * from './ids';
export * from './reissue';
export * from './contact';
export * from './environment';
export * from './portal';
