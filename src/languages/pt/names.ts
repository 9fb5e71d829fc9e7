import type { NameCues } from '../types.ts';
import { detection } from './detection.ts';

/** Greetings, titles and words that are not names (languages.md §4.3), Brazil and Portugal. */
export const names: NameCues = {
  // Longer greetings first: "Exma. Senhora" before "Exma.", "Bom dia" before "Bom".
  greetings: [
    'exm[oa]\\.? senhora?', 'exm[oa]\\.?', 'ilm[oa]\\.? senhora?', 'ilm[oa]\\.?', 'prezad[oa]s?', 'estimad[oa]s?', 'querid[oa]s?', 'car[oa]s?',
    'ol[áa]', 'oi[e]?', 'bom dia', 'boa (?:tarde|noite)', 'opa', 'salve', 'fala',
    ...detection.greetings.filter((g) => !['tudo bem', 'e aí'].includes(g)),
  ],
  titles: ['sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'profa', 'eng', 'enga', 'engª', 'senhor', 'senhora', 'doutor', 'doutora', 'professor', 'professora', 'dona', 'dom', 'arq', 'me', 'mestre'],
  notNames: [
    'perfeito', 'perfeita', 'ótimo', 'otimo', 'ótima', 'claro', 'obrigado', 'obrigada', 'oi', 'olá', 'ola', 'valeu', 'bom', 'boa', 'beleza', 'certo',
    'combinado', 'show', 'top', 'legal', 'entendi', 'sim', 'não', 'nao', 'pessoal', 'gente', 'galera', 'todos', 'todas', 'equipe', 'equipa', 'time',
    'prezados', 'prezadas', 'senhores', 'senhoras', 'caros', 'caras', 'colegas', 'amigos', 'amigas', 'imploro', 'desculpe', 'desculpa', 'parabéns',
    'parabens', 'bem', 'tudo', 'enfim', 'aliás', 'alias', 'então', 'entao', 'olha', 'veja', 'atenciosamente', 'cumprimentos', 'abraço', 'abraços',
    'abs', 'att', 'grato', 'grata', 'saudações', 'porra', 'cacete', 'urgente', 'importante', 'bom-dia', 'oie', 'opa', 'salve', 'fala',
    // Pet names and address terms (flirtatious / nickname), never names.
    'linda', 'lindo', 'gata', 'gato', 'gatinha', 'querida', 'querido', 'amor', 'flor', 'princesa', 'fofa', 'campeão', 'campeao', 'campeã', 'mano',
    'cara', 'amigo', 'amiga', 'parceiro', 'parceira', 'chefe', 'chefia', 'brother', 'bro', 'irmão', 'irmao', 'fera', 'mestre', 'patrão', 'meu',
  ],
  shortForms: {
    jose: ['ze', 'zezinho'], francisco: ['chico', 'chiquinho', 'kiko', 'xico'], antonio: ['toninho', 'tonho', 'toni', 'tone'],
    eduardo: ['dudu', 'edu', 'duda'], 'maria eduarda': ['duda'], gabriela: ['gabi'], gabriel: ['gabi', 'biel'], rafael: ['rafa'], rafaela: ['rafa'],
    guilherme: ['gui', 'guiga'], beatriz: ['bia'], fernanda: ['nanda', 'fe'], fernando: ['nando'], alexandre: ['xande', 'alex'], 'carlos eduardo': ['cadu'],
    luiz: ['lu'], luis: ['lu'], luisa: ['lu'], luiza: ['lu'], mariana: ['mari'], marina: ['mari'], patricia: ['pati', 'paty'], tatiana: ['tati'],
    tatiane: ['tati'], daniela: ['dani'], daniel: ['dani'], vanessa: ['van', 'nessa'], leticia: ['le', 'leti'], isabela: ['isa', 'bela'], isabel: ['isa', 'bel'],
    roberto: ['beto'], alberto: ['beto'], humberto: ['beto'], ricardo: ['rica', 'cadinho'], marcelo: ['celo'], gustavo: ['guga', 'guto'],
    augusto: ['guto'], rodrigo: ['digo', 'rodriguinho'], leonardo: ['leo'], leandro: ['leo'], juliana: ['ju'], julia: ['ju'], camila: ['cami', 'mila'],
    carolina: ['carol'], caroline: ['carol'], manuela: ['manu'], manuel: ['manel', 'manu'], emanuel: ['manu'], joaquim: ['quim'], joao: ['joaozinho'],
    paulo: ['paulinho'], ana: ['aninha'], fabiana: ['fabi'], fabio: ['fabinho'], bruna: ['bru'], bruno: ['bruninho'], renata: ['rê', 're'],
    alessandra: ['ale'], alexandra: ['ale', 'xana'], sebastiao: ['tiao'], raimundo: ['mundinho'], vinicius: ['vini'], henrique: ['rique', 'henri'],
    margarida: ['guida'], catarina: ['cat', 'cati'], teresa: ['teté'], goncalo: ['gonça'], miguel: ['migas'], conceicao: ['sao', 'ção'], rosario: ['rosarinho'],
  },
};
