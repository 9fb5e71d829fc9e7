import { testRule } from '../../testing/rule-tester.ts';
import mixedAddress from './mixed-address.ts';

testRule(mixedAddress, {
  invalid: [
    { draft: 'Hallo Frau Berger, ich habe Ihren Vortrag gesehen. Hast du nächste Woche Zeit?', findings: [{ excerpt: 'du' }] },
    { draft: 'Guten Tag Herr Vogel, könnten Sie mir helfen? Ich würde mich freuen, wenn Sie Zeit haben. Schick mir dein Deck.', findings: [{ excerpt: 'dein' }] },
    { draft: 'Bonjour Madame Roux, je vous remercie pour votre retour. Tu peux m’envoyer le document ?', findings: [{ excerpt: 'Tu' }] },
    { draft: 'Salut Léa, tu vas bien ? Je voulais te demander ton avis. Pourriez-vous me répondre vite ?', findings: [{ excerpt: 'Pourriez-vous' }] },
    { draft: 'Estimado Sr. Pérez, usted dirige el equipo de datos y me gustaría hablar con usted. ¿Te parece bien el jueves?', findings: [{ excerpt: 'Te' }] },
    { draft: 'Hola Marta, ¿tienes un minuto? Te escribo porque usted lidera el proyecto.', findings: [{ excerpt: 'usted' }] },
  ],
  valid: [
    'Liebe Anna, könnten Sie mir die Unterlagen schicken? Vielen Dank!',
    'Hey Jonas, hast du Lust auf einen Kaffee? Dein Vortrag war super.',
    'Ich hoffe, das Du ist okay: hast du nächste Woche Zeit? Ich würde Ihnen gern das Du anbieten.',
    'Bonjour Madame Roux, je vous remercie pour votre retour. Pourriez-vous m’envoyer le document ?',
    'Bonjour Léa, chez Doctolib vous recrutez beaucoup en ce moment : tu es toujours dans l’équipe produit ?',
    'Hola Marta, ¿tienes un minuto? Me encantaría saber cómo organizan ustedes el equipo.',
    'Estimado Sr. Pérez, ¿podría usted indicarme con quién hablar? Muchas gracias.',
    'Oi Carla, você tem um minuto? Queria te mostrar o projeto.',
    'Hi Anna, could you send me the slides? Thanks!',
  ],
});
