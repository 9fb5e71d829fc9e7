import { testRule } from '../../testing/rule-tester.ts';
import rule from './capitalization.ts';

testRule(rule, {
  invalid: [
    // Spanish, Portuguese, French, German: the letter after ¿ ¡ counts; run-on sentences after a stray full stop.
    { draft: 'Hola Rebeca, vi tu charla en Bilbao .me encantó la parte sobre liderazgo.', findings: [{ excerpt: 'me', output: 'Hola Rebeca, vi tu charla en Bilbao .Me encantó la parte sobre liderazgo.' }] },
    { draft: 'Hola Rebeca, te escribo por tu charla sobre liderazgo.¿tendrías un momento esta semana?', findings: [{ excerpt: 'tendrías', output: 'Hola Rebeca, te escribo por tu charla sobre liderazgo.¿Tendrías un momento esta semana?' }] },
    { draft: 'Oi Rafaela, vi sua palestra no TDC. você teria um tempinho essa semana?', findings: [{ excerpt: 'você', output: 'Oi Rafaela, vi sua palestra no TDC. Você teria um tempinho essa semana?' }] },
    { draft: 'Hola Marta, gracias por tu mensaje. ¿podrías enviarme la agenda?', findings: [{ excerpt: 'podrías', output: 'Hola Marta, gracias por tu mensaje. ¿Podrías enviarme la agenda?' }] },
    { draft: 'Hi Dana, i really enjoyed your webinar.', findings: [{ excerpt: 'i', output: 'Hi Dana, I really enjoyed your webinar.' }] },
    { draft: "Great talk. i'm trying something similar.", findings: [{ excerpt: 'i', output: "Great talk. I'm trying something similar." }] },
    { draft: 'Super cool. gonna try it next sprint.', findings: [{ excerpt: 'gonna', output: 'Super cool. Gonna try it next sprint.' }] },
    { draft: { text: 'hi tom, thanks.', recipient: { name: 'Tom Becker' } }, findings: [{ excerpt: 'hi', output: 'Hi tom, thanks.' }, { excerpt: 'tom', output: 'hi Tom, thanks.' }] },
    { draft: 'yo', findings: [{ excerpt: 'yo', output: 'Yo' }] },
  ],
  valid: [
    'Sehr geehrte Frau Schäfer,\n\nvielen Dank für Ihre schnelle Antwort. Die Unterlagen schicke ich Ihnen morgen.',
    'Hola Marta, si tienes tiempo, ¿podrías enviarme la agenda? Gracias.',
    'Bonjour Léa, je serai à Paris le 3 mai. Seriez-vous disponible ?',
    'Hallo Herr Vogel, wir sehen uns am 3. Oktober in Köln. Passt Ihnen das?',
    // A date with two full stops, then a word: "am 12.03. findet" is one sentence.
    'Hallo Frau Lenz, am 12.03. findet unser Netzwerkabend in Graz statt. Kommen Sie vorbei?',
    'I bought an iPhone and sold it on eBay.',
    'Hi Tom, I am well. How are you?',
    'We read the i18n guide and the iOS docs.',
    '• first item\n• second item',
    'See https://example.com/i for details.',
    'I enjoyed your talk on ranking experiments... the chart was striking.',
  ],
});
