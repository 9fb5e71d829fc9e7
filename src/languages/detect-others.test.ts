import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect.ts';

describe('detectLanguage', () => {
  it.each([
    ['Hallo Sarah, ich habe Ihren Vortrag gesehen und bin sehr beeindruckt. Hätten Sie Zeit für ein Gespräch?', 'de'],
    ['Bonjour Claire, j’ai lu votre article et je voudrais vous poser une question. Merci beaucoup !', 'fr'],
    ['Hola Ana, gracias por tu mensaje. El martes me va muy bien para la llamada, te envío la agenda.', 'es'],
    ['Halo Budi, saya melihat postingan anda tentang data dan saya ingin bertanya apakah anda bisa membantu kami.', 'id'],
    ['Hej Erik, tack för ditt inlägg om design. Jag undrar om du har tid för ett kort samtal med mig?', 'sv'],
    ['Dzień dobry, jestem studentem i czytałem pana artykuł. Czy mógłbym zadać kilka pytań? Dziękuję bardzo.', 'pl'],
    ['田中さん、こんにちは。先日の講演を拝見しました。ぜひお話を伺いたいです。', 'ja'],
    ['Привет, Анна! Я прочитал вашу статью о дизайне и хотел бы задать вопрос.', 'ru'],
    ['Tanaka-san, hajimemashite. 先日はありがとうございました。ぜひお話を伺いたいです。', 'ja'],
    ['Namaste Rahul ji, main aapka profile dekh raha tha. Kya aap mujhe apni company mein referral de sakte hain? Bahut dhanyavaad.', 'hi'],
    ['Hi Priya, aap kaise ho? Main ek software engineer hoon aur mujhe aapki team ke baare mein jaanna tha. Kya hum baat kar sakte hain?', 'hi'],
  ])('recognises a clearly non-English draft: %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    'Hi',
    'yo',
    'Hi Nguyễn Văn An, I loved your talk at Université de Montréal about São Paulo’s metro.',
    'Thanks, Ines! Thursday works.',
    'Hi Jessica, could you send the Kubernetes Terraform Grafana Prometheus dashboards from KubeCon?',
    'Quick question: does the RustConf keynote deck include the async benchmarks?',
  ])('keeps English drafts English, even with foreign names and jargon: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });
});
