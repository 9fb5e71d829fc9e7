/** Salutation words that agree with the reader's gender, [masculine, feminine] (languages.md §4.3). */
export const genderedForms = [['Herr', 'Frau'], ['geehrter', 'geehrte'], ['Lieber', 'Liebe']] as const;
