/** Salutation words that agree with the reader's gender, [masculine, feminine] (languages.md §4.3). */
export const genderedForms = [['Sr.', 'Sra.'], ['Sr', 'Sra'], ['Señor', 'Señora'], ['Don', 'Doña'], ['Estimado', 'Estimada'], ['Querido', 'Querida'], ['Apreciado', 'Apreciada'], ['Respetado', 'Respetada'], ['Distinguido', 'Distinguida']] as const;
