/** recap's version; a test keeps it equal to package.json's. */
export const RECAP_VERSION = '0.1.0';
