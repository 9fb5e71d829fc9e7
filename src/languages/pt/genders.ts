/** Salutation words that agree with the reader's gender, [masculine, feminine] (languages.md §4.3). */
export const genderedForms = [['Sr.', 'Sra.'], ['Sr', 'Sra'], ['Senhor', 'Senhora'], ['Prezado', 'Prezada'], ['Caro', 'Cara'], ['Estimado', 'Estimada'], ['Exmo.', 'Exma.'], ['Dr.', 'Dra.']] as const;
