import type { DetectionCues } from '../types.ts';

export const detection: DetectionCues = {
  functionWords:
    'o os de do da dos das e que a para em um uma é com não você seu sua meu minha eu muito obrigado obrigada olá sou estou também pode na no pra pro vocês mas ao à isso esse essa tudo bem gostaria tenho teu tua contigo sobre gostava já isso aqui agora fazer quero posso quem está esta como me te se por nos aos pelo pela pelos pelas num numa nas lhe ou foi são tem estava conversar trabalho vc vcs mim conosco quantos quanto só então ainda depois hoje amanhã semana tá tô né aí algum alguma nenhum coisa mais vou vai vamos estão temos têm preciso precisa quer queria seria teria poderia nosso nossa dele dela sim essa este todas pouco sempre nunca onde quando pois até sem conforme segue seguem favor desta deste dessa desse nesta neste nessa nesse disso disto através vossa vosso vossos vossas venho',
  letters: 'ãõ',
  greetings: ['ol[áa]', 'oi', 'bom dia', 'boa (?:tarde|noite)', 'prezad[oa]s?', 'car[oa]', 'tudo bem', 'e aí'],
  signOffs: ['atenciosamente', 'att\\.?', 'cordialmente', 'abraços?', 'um abraço', 'abs', 'obrigad[oa]', 'grat[oa]', 'fico no aguardo', 'aguardo (?:seu|o seu|teu) retorno', '(?:com os )?(?:melhores )?cumprimentos'],
};
