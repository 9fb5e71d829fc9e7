import type { LocalizedRule } from '../../types.ts';

/** `sensitive-info` (languages.md §5): ID numbers, bank data, passwords, codes, birth date, home address. */
// The writer's own data ("meu CPF é…", "segue o meu IBAN para o pagamento") is offered, not asked for.
const OWN = '(?:(?:meu|minha|nosso|nossa|meus|minhas) (?:n[úu]mero d[eoa] |c[óo]digo d[eoa] )?(?:cpf|rg|cnh|nif|niss|chave|dados|conta|iban|nib|cart[ãa]o|passaporte)|(?:o |a )?(?:iban|nib|chave pix|pix) (?:est[áa]|segue|vai|fica) (?:no|na|em|abaixo|em anexo))';

// Their document found or being returned ("encontrei uma carteira com o seu cartão de cidadão lá dentro") is told, not asked for.
const FOUND = '(?:[Ee]ncontrei|[Aa]chei|[Ee]ncontr[áa]mos|[Aa]ch[áa]mos|[Dd]evolv\\p{L}*|[Ee]ntreg\\p{L}*|com|[Cc]om) (?:\\S+ ){0,4}?(?:o |a |os |as )?(?:seu|sua|teu|tua|vosso|vossa|seus|suas) (?:cart[ãa]o de cidad[ãa]o|RG|CNH|passaporte|documentos?(?: de identidade)?)';

export const sensitiveInfo: LocalizedRule = {
  families: [
    {
      name: 'idNumber',
      means: 'asks for an identity number',
      caseSensitive: true,
      patterns: ['CPF', 'RG', 'CNH', 'NIF', 'NISS', 'PIS', 'CTPS', 'n[úu]mero de (?:contribuinte|identidade|passaporte|seguran[çc]a social)', 'cart[ãa]o de cidad[ãa]o', 'n[úu]mero (?:do|de) (?:seu |teu )?passaporte'],
      quiet: [OWN, FOUND],
    },
    {
      name: 'bankData',
      means: 'asks for bank or card details',
      patterns: [
        'dados banc[áa]rios', 'chave (?:pix|do pix)', 'conta banc[áa]ria', 'n[úu]mero da (?:conta|ag[êe]ncia)', 'ag[êe]ncia e conta', 'iban', 'nib',
        'n[úu]mero do (?:seu |teu )?cart[ãa]o', 'cart[ãa]o de cr[ée]dito', 'c[óo]digo de seguran[çc]a do cart[ãa]o', 'cvv',
      ],
      quiet: [OWN],
    },
    {
      name: 'secret',
      means: 'asks for a password or code',
      patterns: ['(?:sua|tua) senha', 'senha (?:do|da|de) (?:banco|e-?mail|conta|cart[ãa]o|acesso|app|linkedin)', 'c[óo]digo (?:de verifica[çc][ãa]o|de confirma[çc][ãa]o|de acesso|que (?:voc[êe] )?(?:recebeu|chegou)|do sms|por sms)', 'token de acesso'],
    },
    {
      name: 'personalData',
      means: 'asks for a birth date or home address',
      patterns: ['data de nascimento', 'endere[çc]o (?:residencial|de casa|pessoal|completo)', 'nome (?:completo )?da (?:sua |tua )?m[ãa]e'],
    },
  ],
};
