import { describe, expect, it } from 'vitest';
import { detectDraftLanguage, detectLanguage } from './detect.ts';

describe('detectLanguage: the acceptance cases of languages.md §2.4', () => {
  it.each([
    ['Hola Lucía, ¿tienes 5 min para una call?', 'es'],
    ['Bom dia Carla, gostaria de adicioná-la à minha rede profissional no LinkedIn.', 'pt'],
    ['Olá, tudo bem?', 'pt'],
    ['Hola, ¿qué tal?', 'es'],
    ['Bonjour, comment allez-vous ?', 'fr'],
    ['Ich bin Head of Sales bei einem Startup in Köln und würde mich gern vernetzen.', 'de'],
    // Few of the listed function words: "unser" and "statt" tell it (round 13's de554 was read as English).
    ['Hallo Frau Lenz, am Freitag findet unser Netzwerkabend in Graz statt. Kommen Sie vorbei?', 'de'],
    ['Hi Juan, te escribo porque vi tu post on LinkedIn about the data team y me encantó.', 'es'],
    ['Hi Sofía, I loved your talk at the Universidad de Chile last week.', 'en'],
    ['Bhai, aapki team mein koi opening hai kya? Mujhe bahut zaroorat hai.', 'hi'],
    ['Li o teu artigo sobre logística e gostava de trocar ideias contigo esta semana.', 'pt'],
    ["Bonsoir ma belle, j'ai vu ta photo de profil, tu es vraiment ravissante. Tu es célibataire ?", 'fr'],
    ['hey, hab grad deinen post zu Kubernetes-Kosten gesehen, mega spannend! hast du vllt mal kurz zeit?', 'de'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('detectLanguage: loanwords, names and mixes', () => {
  it('loanwords do not make a draft English', () => {
    expect(detectLanguage('Soy Product Manager en una startup y busco feedback sobre nuestra call de ventas')).toBe('es');
  });

  it('greetings and sign-offs decide short drafts', () => {
    expect(detectLanguage('Hallo Herr Schmidt, wie geht es Ihnen?')).toBe('de');
    expect(detectLanguage('Oi, tudo bem?')).toBe('pt');
    expect(detectLanguage('Bonjour !')).toBe('fr');
    expect(detectLanguage('Hi')).toBe('en');
    expect(detectLanguage('Hi Carlos, thanks!')).toBe('en');
    // Two words of one language and none of English: that language.
    expect(detectLanguage('Você é casada?')).toBe('pt');
    expect(detectLanguage('Perfect, thanks!')).toBe('en');
  });

  it('the recipient’s name is no evidence', () => {
    expect(detectLanguage('Hi Ana de la Fuente, do you have time for a call?', { names: ['Ana de la Fuente'] })).toBe('en');
  });

  it('a draft mixing English and Spanish is coached as Spanish and says so', () => {
    const mixed = detectDraftLanguage('Hola Marta! I really loved your post about the launch and I think it was great, me encantó. ¿Tienes tiempo esta semana para una call y hablar de growth? Gracias');
    expect(mixed.language).toBe('es');
    expect(mixed.mixedWithEnglish).toBe(true);
  });

  it('an es/pt tie is undetermined unless the compose box’s last language breaks it', () => {
    const text = 'Eu tenho uma pergunta para o equipo de datos que está em Lisboa e Madrid';
    const plain = detectLanguage(text);
    expect(['pt', 'es', 'und']).toContain(plain);
    if (plain === 'und') expect(detectLanguage(text, { hint: 'pt' })).toBe('pt');
  });
});
