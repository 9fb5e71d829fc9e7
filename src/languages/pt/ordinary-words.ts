/**
 * Ordinary Portuguese words of five letters or more, lower case, accents folded (languages.md §5 `shouting`):
 * in capitals they are shouting (URGENTE, IMPORTANTE, IMPERDIVEL); a capitalized token not listed here is
 * treated as an acronym or a name (SEBRAE, UNICAMP, BNDES). No acronyms or brands in this list.
 */
export const ordinaryWords: readonly string[] = `
urgente urgentes urgencia importante importantes imperdivel imperdiveis gratis gratuito gratuita gratuitos gratuitas atencao
agora hoje amanha ontem sempre nunca ainda depois antes cedo tarde rapido rapida rapidos rapidamente imediatamente logo
muito muita muitos muitas pouco pouca poucos poucas todos todas tudo nada nenhum nenhuma qualquer quaisquer outro outra outros outras
mesmo mesma mesmos mesmas grande grandes pequeno pequena pequenos pequenas melhor melhores maior maiores menor menores otimo otima
excelente excelentes incrivel incriveis fantastico fantastica maravilhoso maravilhosa perfeito perfeita simples facil dificil
obrigado obrigada obrigados obrigadas favor desculpa desculpe desculpas parabens sucesso sucessos oferta ofertas promocao promocoes
desconto descontos ultima ultimo ultimas ultimos ultimos chance chances oportunidade oportunidades exclusivo exclusiva exclusivos
limitado limitada limitadas vagas agenda agende garanta garantido garantida aproveite aproveitar clique acesse compre ligue responda
resposta respostas retorno mensagem mensagens contato contatos contacto contactos conversa conversar reuniao reunioes ligacao
empresa empresas negocio negocios cliente clientes produto produtos servico servicos projeto projetos projecto projectos proposta
propostas parceria parcerias equipe equipa trabalho trabalhos emprego empregos carreira salario salarios mercado vendas compras
dinheiro renda lucro lucros resultado resultados dados sistema sistemas plataforma solucao solucoes ferramenta ferramentas
pessoa pessoas gente amigo amiga amigos amigas colega colegas senhor senhora senhores senhoras doutor doutora professor professora
diretor diretora gerente gestor gestora presidente dono dona chefe lider lideres
sobre entre contra desde durante ate apenas somente tambem porque porem entao assim quando quanto quanta quantos quantas
onde aonde comigo contigo conosco voces nosso nossa nossos nossas vosso vossa minha minhas seus suas teus tuas deles delas
estou estamos estao esta estava estavam estive esteve fomos foram seria seriam sera serao tenho temos tinha tinham teria teriam
quero queria queremos preciso precisa precisamos precisam posso podemos podem poderia poderiam gostaria gostariamos gostava adoraria
fazer feito feita fazemos fazendo falar falando falei dizer disse digo saber sabemos sabia conhecer conheco entender
enviar envio envie mande mandar receber recebi recebemos aguardo aguardando espero esperando esperar ajuda ajudar ajudamos
semana semanas meses anos tempo tempos minuto minutos horas dia dias manha tarde noite segunda terca quarta quinta sexta sabado domingo
janeiro fevereiro marco abril junho julho agosto setembro outubro novembro dezembro
novidade novidades noticia noticias evento eventos palestra palestras curso cursos artigo artigos livro livros video videos
pergunta perguntas duvida duvidas problema problemas questao questoes assunto assuntos motivo razao ideia ideias
sorteio premio premios ganhe ganhou ganhar vencedor vencedora parabens aniversario feliz felizes alegria
atencao aviso avisos cuidado perigo socorro ajudem preciso precisamos rapido correndo corra
verdade verdadeiro certeza claro certo certa errado errada absurdo ridiculo vergonha respeito desrespeito
nunca jamais sempre talvez provavelmente certamente realmente sinceramente obviamente finalmente
cidade estado governo publico publica privado privada social sociais pessoal pessoais profissional profissionais
interesse interessado interessada interessante interessantes experiencia experiencias conhecimento formacao faculdade universidade escola
estagio estagiario vaga candidato candidata candidatura curriculo entrevista processo selecao contratacao contrato
sucesso apoio suporte qualidade preco precos valor valores custo custos economia investimento investimentos
`
  .trim()
  .split(/\s+/)
  .filter((w) => w.length >= 5);
