import { testRule } from '../../testing/rule-tester.ts';
import informalAddress from './informal-address.ts';

const cold = { thread: { fromThem: 0, unansweredFromMe: 0 } } as const;
const lawyer = { recipient: { name: 'Dr. Felix Brandt', headline: 'Rechtsanwalt und Partner, Kanzlei Brandt & Weiss' }, ...cold };
const avocate = { recipient: { name: 'Hélène Martin', headline: 'Avocate associée, cabinet Martin' }, ...cold };

testRule(informalAddress, {
  invalid: [
    { draft: { text: 'Hallo Felix, hast du nächste Woche Zeit für ein kurzes Gespräch?', ...lawyer }, findings: [{ excerpt: 'du' }] },
    { draft: { text: 'Hi Felix, ich wollte dich fragen, ob dein Team noch Referendare sucht.', ...lawyer }, findings: [{ excerpt: 'dich' }] },
    { draft: { text: 'Hallo, kannst du mir sagen, wer bei euch Mandate betreut?', recipient: { name: 'Katrin Vogel', headline: 'Vorstand, Sparkasse Köln' }, ...cold }, findings: [{ excerpt: 'du' }] },
    { draft: { text: 'Bonjour, tu aurais un moment pour échanger sur ton cabinet ?', ...avocate }, findings: [{ excerpt: 'tu' }] },
    { draft: { text: 'Bonjour Hélène, je voulais te demander conseil sur un dossier.', ...avocate }, findings: [{ excerpt: 'te' }] },
  ],
  valid: [
    { text: 'Hallo Herr Brandt, hätten Sie nächste Woche Zeit für ein kurzes Gespräch?', ...lawyer },
    { text: 'Hey Jonas, hast du Lust auf einen Kaffee?', recipient: { name: 'Jonas Keller', headline: 'Founder & CTO, Startup in Berlin' }, ...cold },
    { text: 'Hallo Felix, danke für deine Antwort! Hast du Donnerstag Zeit?', recipient: lawyer.recipient, thread: { fromThem: 1, unansweredFromMe: 0 } },
    { text: 'Hallo Felix, hast du kurz Zeit?', recipient: { name: 'Felix Brandt', headline: 'Backend Developer bei einer Bank' }, ...cold },
    { text: 'Salut Julie, tu aurais un moment pour jaser de ton cabinet?', recipient: { name: 'Julie Tremblay', headline: 'Avocate', location: 'Montréal, Québec' }, ...cold },
    { text: 'Bonjour Maître Martin, accepteriez-vous un échange de quinze minutes ?', ...avocate },
    { text: 'Hola Marta, ¿tienes un minuto para hablar de tu despacho?', recipient: { name: 'Marta Ruiz', headline: 'Abogada, despacho Ruiz' }, ...cold },
    { text: 'Hi Felix, do you have a minute?', ...lawyer },
  ],
});
