import type { NameCues } from '../types.ts';
import { detection } from './detection.ts';

// Given names whose -inho/-inha (or -zinho/-zinha) forms are familiar: "Paulinho", "Aninha", "Joãozinho" (folded).
const COMMON_NAMES = (
  'ana paulo paula joao pedro carla carlos maria marcos marcia rita rui jorge luis luiz luisa luiza lucas lucia luciana mariana marina fernanda fernando ' +
  'ricardo roberto renata renato rafael rafaela gabriel gabriela bruno bruna daniel daniela diego eduardo felipe filipe gustavo guilherme henrique igor ' +
  'julia juliana leonardo leticia marcelo marcela mateus matheus miguel nuno patricia priscila rodrigo sandra sara sofia tiago thiago vanessa vitor victor ' +
  'beatriz camila carolina catarina cristina diana helena ines isabel joana laura leonor manuela margarida marta raquel teresa tomas vasco duarte goncalo ' +
  'andre antonio francisco jose manuel joaquim sergio fabio fabiana tania sonia vera silvia simone adriana alice amanda aline debora elaine erica flavia'
).split(' ');

/** Adds the productive diminutives: "paulo" → "paulinho", "ana" → "aninha", "joao" → "joaozinho", "isabel" → "isabelzinha". */
function withDiminutives(curated: Record<string, string[]>): Record<string, readonly string[]> {
  const out: Record<string, string[]> = { ...curated };
  for (const name of COMMON_NAMES) {
    const forms = /[oa]$/.test(name) && !/(?:ao|ia)$/.test(name) ? [`${name.slice(0, -1)}${name.endsWith('o') ? 'inho' : 'inha'}`] : [`${name}zinho`, `${name}zinha`];
    if (/ia$/.test(name)) forms.push(`${name.slice(0, -1)}nha`, `${name}zinha`);
    out[name] = [...new Set([...(out[name] ?? []), ...forms])];
  }
  return out;
}

/** Greetings, titles and words that are not names (languages.md §4.3), Brazil and Portugal. */
export const names: NameCues = {
  // Longer greetings first: "Exma. Senhora" before "Exma.", "Bom dia" before "Bom".
  greetings: [
    'exm[oa]\\.? senhora?', 'exm[oa]\\.?', 'ilm[oa]\\.? senhora?', 'ilm[oa]\\.?', 'prezad[oa]s?', 'estimad[oa]s?', 'querid[oa]s?', 'car[oa]s?',
    'ol[áa]', 'oi[e]?', 'bom dia', 'boa (?:tarde|noite)', 'opa', 'salve', 'fala',
    ...detection.greetings.filter((g) => !['tudo bem', 'e aí'].includes(g)),
  ],
  titles: ['sr', 'sra', 'srta', 'dr', 'dra', 'prof', 'profa', 'eng', 'enga', 'engª', 'engenheiro', 'engenheira', 'arquiteto', 'arquiteta', 'arquitecto', 'arquitecta', 'senhor', 'senhora', 'doutor', 'doutora', 'professor', 'professora', 'dona', 'dom', 'arq', 'me', 'mestre', 'enf', 'enfª', 'enfermeira', 'enfermeiro'],
  notNames: [
    'perfeito', 'perfeita', 'ótimo', 'otimo', 'ótima', 'claro', 'obrigado', 'obrigada', 'oi', 'olá', 'ola', 'valeu', 'bom', 'boa', 'beleza', 'certo',
    'combinado', 'show', 'top', 'legal', 'entendi', 'sim', 'não', 'nao', 'pessoal', 'gente', 'galera', 'todos', 'todas', 'equipe', 'equipa', 'time',
    'prezados', 'prezadas', 'senhores', 'senhoras', 'caros', 'caras', 'colegas', 'amigos', 'amigas', 'imploro', 'desculpe', 'desculpa', 'parabéns',
    'parabens', 'bem', 'tudo', 'enfim', 'aliás', 'alias', 'então', 'entao', 'olha', 'veja', 'atenciosamente', 'cumprimentos', 'abraço', 'abraços',
    'abs', 'att', 'grato', 'grata', 'saudações', 'porra', 'cacete', 'urgente', 'importante', 'bom-dia', 'oie', 'opa', 'salve', 'fala',
    // Interjections and one-word replies that open a line before a comma ("Pô, Caio, …", "Poxa, que pena", "Fechado, até amanhã").
    'pô', 'po', 'poxa', 'puxa', 'nossa', 'eita', 'eta', 'uai', 'ué', 'bah', 'tchê', 'oxe', 'oxi', 'vixe', 'vish', 'ufa', 'caramba', 'putz', 'ei', 'ih',
    'ah', 'oh', 'ô', 'hum', 'hmm', 'uau', 'pois', 'boas', 'ora', 'isso', 'exato', 'exata', 'exatamente', 'verdade', 'fechado', 'fechou', 'entendido',
    'entendida', 'excelente', 'maravilha', 'maravilhoso', 'incrível', 'sensacional', 'tranquilo', 'tranquila', 'bacana', 'massa', 'joia', 'jóia',
    'perdão', 'desculpas', 'lamento', 'infelizmente', 'felizmente', 'sinceramente', 'honestamente', 'realmente', 'certamente', 'obviamente',
    'demais', 'sério', 'jura', 'ok', 'okay', 'tá', 'né', 'agora', 'hoje', 'amanhã', 'ontem', 'depois', 'primeiro', 'também', 'porém', 'contudo',
    'entretanto', 'portanto', 'assim', 'lembrando', 'resumindo', 'novidade', 'novidades', 'atualização', 'pronto', 'feito', 'recebido', 'anotado',
    // Pet names and address terms (flirtatious / nickname), never names.
    'linda', 'lindo', 'gata', 'gato', 'gatinha', 'querida', 'querido', 'amor', 'flor', 'princesa', 'fofa', 'campeão', 'campeao', 'campeã', 'mano',
    'cara', 'amigo', 'amiga', 'parceiro', 'parceira', 'chefe', 'chefia', 'brother', 'bro', 'irmão', 'irmao', 'fera', 'mestre', 'patrão', 'meu',
  ],
  shortForms: withDiminutives({
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
    margarida: ['guida'], catarina: ['cat', 'cati'], teresa: ['tete'], goncalo: ['gonca'], miguel: ['migas'], conceicao: ['sao', 'sãozinha'], rosario: ['rosarinho'],
    cristina: ['cris', 'tina'], cristiane: ['cris'], cristiano: ['cris'], priscila: ['pri'], amanda: ['mandy'], luciana: ['lu'], felipe: ['lipe'], filipe: ['lipe'],
    thiago: ['thi'], tiago: ['ti'], matheus: ['teteu'], mateus: ['teteu'], joana: ['jo'], raquel: ['quel'], natalia: ['nati', 'nat'], bernardo: ['be'], otavio: ['tavinho'],
    pedro: ['pepe'], rogerio: ['roger'], frederico: ['fred'], roberta: ['beta'], heloisa: ['helo'], valentina: ['val', 'tina'], valeria: ['val'], luana: ['lu'],
    jessica: ['je', 'jess'], simone: ['si'], susana: ['susi', 'suzi'], suzana: ['suzi'], rebeca: ['beca'], isabella: ['isa', 'bela', 'bella'], helena: ['lena'],
    nicolas: ['nico'], nicole: ['nic', 'nicky'], daniele: ['dani'], danielle: ['dani'], gabriele: ['gabi'], andre: ['dede'], eduarda: ['duda'], lucas: ['luca'],
    fabricio: ['fabri'], carlos: ['cadu', 'carlinhos'], carla: ['caca'], rosana: ['ro'], rosangela: ['ro'], adriana: ['dri'], giovana: ['gi'], giovanna: ['gi'], gisele: ['gi'], viviane: ['vivi'], viviana: ['vivi'], marcos: ['marquinhos'], sergio: ['serginho'], marcio: ['marcinho'], antonia: ['toninha'], manoel: ['mane', 'manel'], domingos: ['mingo'],
  }),
};
