import { testRule } from '../../testing/rule-tester.ts';
import rule from './flirtatious.ts';

testRule(rule, {
  invalid: [
    // Round 27: thanks for the connection is no deed, so the treat stays a date.
    { draft: { text: 'Thanks for connecting! Drinks are on me if you ever come to Lagos.', thread: { fromThem: 0, unansweredFromMe: 0 } }, findings: [{ excerpt: 'Drinks are on me' }] },
    // Round 13: praise of their photo with no adjective, or ranked above everyone's.
    { draft: 'I must say your photo is quite something.', findings: [{ excerpt: 'your photo is quite something' }] },
    { draft: 'That headshot is something else!', findings: [{ excerpt: 'That headshot is something else' }] },
    { draft: 'Easily the loveliest headshot on LinkedIn.', findings: [{ excerpt: 'the loveliest headshot' }] },
    { draft: 'you have THE PRETTIEST PROFILE PICTURE', findings: [{ excerpt: 'THE PRETTIEST PROFILE PICTURE' }] },
    { draft: { text: 'We have never met, but drinks are on me if you ever come to Lagos.', thread: { fromThem: 0, unansweredFromMe: 0 } }, findings: [{ excerpt: 'drinks are on me' }] },
    // looksComment, any wording and punctuation
    { draft: 'Hi Isla, ur gorgeous! Let us connect.', findings: [{ excerpt: 'ur gorgeous' }] },
    { draft: "You're very pretty; I had to say it.", findings: [{ excerpt: "You're very pretty" }] },
    { draft: 'you are SO pretty — anyway, about the role', findings: [{ excerpt: 'you are SO pretty' }] },
    { draft: 'What a beautiful smile in that headshot.', findings: [{ excerpt: 'beautiful smile' }] },
    { draft: 'I like your picture a lot.', findings: [{ excerpt: 'I like your picture' }] },
    { draft: 'Lovely profile photo, by the way!', findings: [{ excerpt: 'Lovely profile photo' }] },
    { draft: 'I could not stop looking at your photos.', findings: [{ excerpt: 'could not stop looking at your' }] },
    // dateAsk
    { draft: 'Would you like to go on a date this weekend?', findings: [{ excerpt: 'go on a date' }] },
    { draft: 'So what are your plans for tonight?', findings: [{ excerpt: 'what are your plans for tonight' }] },
    { draft: 'Dinner sometime, just us?', findings: [{ excerpt: 'Dinner sometime' }, { excerpt: 'just us' }] },
    { draft: 'Would love to take you out for coffee, just the two of us 😘', findings: [{ excerpt: 'take you out' }, { excerpt: 'just the two of us' }, { excerpt: '😘' }] },
    // relationshipQuestion, petName
    { draft: 'Are you single?', findings: [{ excerpt: 'Are you single' }] },
    { draft: 'You look great in your photo.', findings: [{ excerpt: 'You look great in your photo' }] },
    { draft: 'Are you free this Saturday night? Dinner on me.', findings: [{ excerpt: 'Are you free this Saturday night' }, { excerpt: 'Dinner on me' }] },
    { draft: "What's a beautiful woman like you doing on LinkedIn?", findings: [{ excerpt: 'a beautiful woman like you' }] },
    { draft: 'Hello dear, your smile in your profile photo made my day.', findings: [{ excerpt: 'Hello dear' }, { excerpt: 'your smile' }] },
    { draft: 'Thanks for the reply, sweetheart.', findings: [{ excerpt: 'sweetheart' }] },
    { draft: 'I love your photo of you at the gala.', findings: [{ excerpt: 'I love your photo' }] },
    { draft: 'I really like your profile picture; great smile!', findings: [{ excerpt: 'I really like your profile picture' }, { excerpt: 'great smile' }] },
  ],
  valid: [
    // Round 13 quiet: a photo of an event or a product, praised.
    'Your photo of the keynote stage is something else, can we use it in the recap?',
    'The nicest photo from the launch is the one of your team at the booth.',
    // A photo as their work, or a photo of something else, is no comment on their looks.
    'Hi Aiyana, I loved your photo essay on the solar co-ops in High Country News.',
    'I really like your picture series about night shifts in Lagos hospitals!',
    'Lovely photo book, Tomás; the harbour chapter is my favourite.',
    'I love your photos from the Ljubljana castle trail.',
    'Really liked your photo of the new bridge over the Tyne.',
    'Your photo is something we need for the speaker page: could you send a high-res one?',
    // A treat offered to someone you have been writing with is friendly, not a date.
    { text: "Congrats on the move, Aisha! Drinks on me when you're next in London.", thread: { fromThem: 5, unansweredFromMe: 0 } },
    { text: 'Great working with you on the audit. Dinner is on me at the offsite!', thread: { fromThem: 2, unansweredFromMe: 0 } },
    'Dear Ms. Patel,\n\nI saw your talk on staffing.',
    'Dear Ms. Patel; thank you for the reply.',
    'I love your work on the FigJam retro templates.',
    'The new Muji app has a beautiful design.',
    'Hello dear connection, I am expanding my network.',
    "You're pretty busy this month, so no rush.",
    "You're pretty much the expert on CRDTs, so I'd value your view.",
    'Would you be open to grabbing a coffee at the conference to talk about Rust?',
    'Great photos from the meetup, the slides looked sharp too.',
    'What are your plans for the Q3 roadmap?',
    'Is pricing a hot topic for your team this year?',
    'Your love of distributed systems shows in every post.',
    // Round 27: a treat offered in thanks for a deed of theirs.
    { text: "You found Biscotto by the canal on Sunday and called the number on his tag. I can't thank you enough. Drinks are on me if you're ever in Mogliano.", thread: { fromThem: 0, unansweredFromMe: 0 } },
    { text: 'Thank you for returning my wallet at the station! Dinner is on me next time you are in town.', thread: { fromThem: 0, unansweredFromMe: 0 } },
  ],
});
