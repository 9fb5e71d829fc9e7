import type { LocalizedRule } from '../../types.ts';

// Misspellings that are not Spanish words, with their correction. Words whose wrong form is also a word
// (esta/está, echo/hecho, mas/más, publico/publicó, seria/sería) are never here.
const MISSPELLINGS: Readonly<Record<string, string>> = {
  nesecito: 'necesito', nececito: 'necesito', nesesito: 'necesito', nesecitamos: 'necesitamos', nesesitamos: 'necesitamos', exelente: 'excelente', exelentes: 'excelentes',
  escelente: 'excelente', haci: 'así', hiba: 'iba', hiban: 'iban', haiga: 'haya', haigan: 'hayan', aver: 'a ver', porfavor: 'por favor', atravez: 'a través', atravéz: 'a través',
  'a travez': 'a través', enserio: 'en serio', nadien: 'nadie', dijistes: 'dijiste', hicistes: 'hiciste', fuistes: 'fuiste', grasias: 'gracias', grasia: 'gracias',
  interezante: 'interesante', interesnate: 'interesante', 'haber si': 'a ver si', preveer: 'prever', ahi: 'ahí', asi: 'así', aqui: 'aquí', alli: 'allí', tambien: 'también',
  despues: 'después', ademas: 'además', encantaria: 'encantaría', gustaria: 'gustaría', podria: 'podría', podrias: 'podrías', tendria: 'tendría', tendrias: 'tendrías',
  estaria: 'estaría', estarias: 'estarías', parecio: 'pareció', quizas: 'quizás', pais: 'país', dias: 'días', rapido: 'rápido', facil: 'fácil', dificil: 'difícil',
  util: 'útil', proximo: 'próximo', proxima: 'próxima', ultimamente: 'últimamente', telefono: 'teléfono', numeros: 'números', tecnico: 'técnico', tecnica: 'técnica',
  tecnologia: 'tecnología', energia: 'energía', compañia: 'compañía', economia: 'economía', estrategia: 'estrategia', analisis: 'análisis', publicacion: 'publicación',
  travez: 'través', deacuerdo: 'de acuerdo', osea: 'o sea', apesar: 'a pesar', talvez: 'tal vez', almenos: 'al menos', encambio: 'en cambio',
  expectativa: 'expectativa', desicion: 'decisión', desición: 'decisión', ocacion: 'ocasión', ocación: 'ocasión', ecepcion: 'excepción', exepcion: 'excepción', exepción: 'excepción',
  hechar: 'echar', veniste: 'viniste', satisfacieron: 'satisficieron', previlegio: 'privilegio', inagurar: 'inaugurar', inaguración: 'inauguración',
  cirujía: 'cirugía', contribuír: 'contribuir', extrategia: 'estrategia', espontaneo: 'espontáneo', proposito: 'propósito', metodo: 'método', credito: 'crédito',
};

// Singular nouns in -ción written without the accent ("informacion"): never a word. Plurals (-ciones) have none.
const CION = [
  'informacion', 'investigacion', 'reunion', 'opinion', 'atencion', 'situacion', 'solucion', 'educacion', 'comunicacion', 'organizacion', 'direccion', 'relacion',
  'posicion', 'presentacion', 'colaboracion', 'conversacion', 'participacion', 'aplicacion', 'evaluacion', 'formacion', 'gestion', 'innovacion', 'transformacion',
  'automatizacion', 'promocion', 'invitacion', 'recomendacion', 'postulacion', 'contratacion', 'seleccion', 'administracion', 'produccion', 'operacion', 'negociacion',
  'planificacion', 'coordinacion', 'implementacion', 'integracion', 'migracion', 'optimizacion', 'conexion', 'version', 'decision', 'mision', 'vision', 'pasion',
  'ocasion', 'razon', 'corazon', 'cancion', 'accion', 'funcion', 'asociacion', 'fundacion', 'publicacion', 'institucion', 'sesion', 'profesion', 'region', 'union',
];
// Not the ones that are also English words (union, version, vision, region, decision): a mixed draft may use them.
const CION_FIXES = Object.fromEntries(
  CION.filter((w) => !['union', 'version', 'vision', 'mision', 'region', 'decision'].includes(w)).map((w) => [w, w.replace(/on$/, 'ón')]),
);

// "Estimado Sra.", "Estimada Sr.": the salutation does not agree with the title.
const AGREEMENT: Readonly<Record<string, string>> = {
  'estimado sra.': 'Estimada Sra.', 'estimado sra': 'Estimada Sra', 'estimada sr.': 'Estimado Sr.', 'estimada sr': 'Estimado Sr',
  'querido sra.': 'Querida Sra.', 'querida sr.': 'Querido Sr.', 'estimado dra.': 'Estimada Dra.', 'estimada dr.': 'Estimado Dr.',
};

const FIXES: Readonly<Record<string, string>> = { ...MISSPELLINGS, ...CION_FIXES, ...AGREEMENT };
// The table's words that are the same as their fix (kept only for documentation) are dropped.
const WORDS = Object.keys({ ...MISSPELLINGS, ...CION_FIXES }).filter((w) => FIXES[w] !== w);

export const typo: LocalizedRule = {
  lexicon: { misspelling: WORDS },
  families: [
    { name: 'misspelling', means: 'is misspelled', patterns: ['{misspelling}'] },
    { name: 'salutationAgreement', means: 'does not agree with the title', patterns: ['estimado sra\\.?', 'estimada sr\\.?(?!a)', 'querido sra\\.?', 'querida sr\\.?(?!a)', 'estimado dra\\.?', 'estimada dr\\.?(?!a)'] },
  ],
  fixes: FIXES,
};
