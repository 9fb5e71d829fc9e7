import { describe, expect, it } from 'vitest';
import { languageCases } from '../../testing/language-cases.ts';

interface Options {
  /** The recipient has written before (an established thread). */
  established?: boolean;
  recipient?: { name?: string; headline?: string; company?: string; school?: string; location?: string };
}

const { report } = languageCases('fr');
const lintFr = (text: string, { established = false, recipient }: Options = {}) => report(text, { fromThem: established ? 1 : 0, ...(recipient ? { recipient } : {}) });

const findingsOf = (rule: string, text: string, options?: Options) => lintFr(text, options).findings.filter((f) => f.ruleId === rule);

/** Each rule: drafts it must flag (with the excerpt it reports) and drafts it must leave alone. */
function rule(id: string, flagged: readonly (readonly [string, string])[], quiet: readonly string[], options?: Options) {
  describe(id, () => {
    it.each(flagged)('flags %s', (text, excerpt) => {
      const found = findingsOf(id, text, options);
      expect(found.map((f) => f.excerpt)).toContain(excerpt);
    });
    it.each(quiet)('stays quiet on %s', (text) => {
      expect(findingsOf(id, text, options)).toEqual([]);
    });
  });
}

describe('French pack', () => {
  rule(
    'sales-pitch',
    [
      ['Bonjour, notre plateforme aide les cabinets comme le vôtre à gagner du temps.', 'notre plateforme aide'],
      ['Bonjour Paul, nos logiciels de paie accompagnent déjà 300 PME.', 'nos logiciels de paie accompagnent'],
      ['Bonjour, seriez-vous partant pour une courte démo mardi ?', 'une courte démo'],
      ['Profitez de notre ESSAI GRATUIT de 14 jours !', 'ESSAI GRATUIT'],
      ['Code promo LINKEDIN : -20 % sur votre premier achat.', 'Code promo'],
      ['Un premier rendez-vous sans engagement ?', 'sans engagement'],
      ['Nous pouvons booster vos ventes en ligne dès ce mois-ci.', 'Nous pouvons booster vos ventes'],
      ['Je vous propose mes services de traduction juridique.', 'Je vous propose mes services'],
      ["Devenez votre propre patron et gagnez de l'argent depuis chez vous.", 'Devenez votre propre patron'],
      ['Nos clients ont réduit leurs coûts logistiques de 18 %.', 'Nos clients ont réduit'],
    ],
    [
      "Bonjour Marc, je travaille chez Doctolib et j'ai lu votre article sur la e-santé.",
      'Bonjour, notre équipe est basée à Lyon et recrute un développeur.',
      "J'ai vu une démonstration de force de votre équipe au hackathon.",
      "Je m'engage à être bref : deux questions sur votre parcours chez Alan.",
      'Ce n\'est pas une offre commerciale, juste une question sur votre étude.',
    ],
  );

  rule(
    'job-ask',
    [
      ['Bonjour, avez-vous un poste pour moi ?', 'avez-vous un poste pour moi'],
      ["Auriez-vous un stage à me proposer dans votre équipe ?", 'Auriez-vous un stage à me proposer'],
      ["Pourriez-vous m'embaucher en CDD cet été ?", "Pourriez-vous m'embaucher"],
      ['Pouvez-vous me recommander pour le poste de data analyst chez vous ?', 'Pouvez-vous me recommander pour'],
      ['Merci de transmettre mon CV à votre service RH.', 'transmettre mon CV à votre service RH'],
      ['Tu pourrais faire passer mon CV à ton manager ?', 'faire passer mon CV à ton manager'],
    ],
    [
      "J'ai postulé au poste de comptable (réf. 2291) : auriez-vous un conseil pour l'entretien ?",
      "Je cherche à comprendre le métier d'actuaire ; auriez-vous 15 minutes ?",
      'Nous recrutons un chef de projet : le poste pourrait-il vous intéresser ?',
      "Avez-vous un conseil pour quelqu'un qui débute en UX ?",
    ],
  );

  rule(
    'personal-favor',
    [
      ['Likez et partagez mon post, merci !', 'Likez et partagez mon post'],
      ['Votez pour notre projet au concours Innov’Up !', 'Votez pour notre'],
      ['Abonnez-vous à ma page pour suivre le lancement.', 'Abonnez-vous à ma'],
      ['Pourriez-vous recommander mes compétences en gestion de projet ?', 'recommander mes compétences'],
      ['Laissez-moi un avis sur Google, ça aide beaucoup.', 'Laissez-moi un avis'],
      ['Présentez-moi à votre DRH, ce serait top.', 'Présentez-moi à votre'],
      ['Tu veux bien la partager dans ton réseau ?', 'veux bien la partager'],
    ],
    [
      "Merci d'avoir partagé votre expérience lors du webinaire.",
      "Je partage votre avis sur la sobriété numérique.",
      "Auriez-vous 20 minutes pour un conseil sur l'alternance ?",
      'Pourriez-vous me conseiller un livre sur le sujet ?',
    ],
  );
  it('an intro asked inside an established thread is fine', () => {
    expect(findingsOf('personal-favor', 'Pourriez-vous me présenter à votre responsable achats ?', { established: true })).toEqual([]);
    expect(findingsOf('personal-favor', 'Pourriez-vous me présenter à votre responsable achats ?')).toHaveLength(1);
  });

  rule(
    'personal-question',
    [
      ['Quel âge avez-vous ?', 'Quel âge avez-vous'],
      ['Êtes-vous mariée ?', 'Êtes-vous mariée'],
      ['Avez-vous des enfants ?', 'Avez-vous des enfants'],
      ['Et tu habites où exactement ?', 'tu habites où'],
      ['Combien gagnez-vous aujourd’hui ?', 'Combien gagnez-vous'],
    ],
    [
      'Depuis combien de temps êtes-vous chez Airbus ?',
      'Quelles sont vos prétentions salariales et votre préavis ?',
      'Nous accompagnons les familles monoparentales depuis 2015.',
      'Quel âge a votre entreprise ? Elle semble récente.',
    ],
  );

  rule(
    'sensitive-info',
    [
      ['Envoyez-moi votre RIB pour le remboursement.', 'votre RIB'],
      ['Merci de me communiquer votre numéro de sécurité sociale.', 'votre numéro de sécurité sociale'],
      ['Donne-moi ton mot de passe, je vais vérifier.', 'ton mot de passe'],
      ['Il me faut une copie de votre pièce d’identité.', 'une copie de votre pièce d’identité'],
    ],
    ['Voici mon RIB pour la facture.', 'Mon adresse mail est ci-dessous.', "La carte Vitale fête ses 25 ans : j'ai lu votre article avec intérêt."],
  );

  rule(
    'flirtatious',
    [
      ['Bonsoir ma belle, comment vas-tu ?', 'Bonsoir ma belle'],
      ['Merci pour tout, ma chérie.', 'ma chérie'],
      ['Vous êtes vraiment ravissante sur cette photo.', 'Vous êtes vraiment ravissante'],
      ["Ton sourire m'a tapé dans l'œil.", 'Ton sourire'],
      ['On pourrait dîner ensemble un soir ?', 'On pourrait dîner ensemble'],
      ['Êtes-vous célibataire ?', 'Êtes-vous célibataire'],
    ],
    ['Chère Camille, merci pour votre retour.', 'Beau travail sur la refonte du site !', 'Belle journée à vous.', 'Votre regard sur la RSE m’a beaucoup appris.', 'Je vous présente ma belle-sœur, avocate.'],
  );

  rule(
    'template-phrase',
    [
      ['Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.', 'Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn'],
      ["J'aimerais vous inviter à rejoindre mon réseau.", "J'aimerais vous inviter à rejoindre mon réseau"],
      ['Bonjour, je suis tombée sur votre profil et je me permets de vous écrire.', 'je suis tombée sur votre profil'],
      ["J'élargis mon réseau dans la finance.", "J'élargis mon réseau"],
      ['Madame, Monsieur,\nJe vous écris au sujet de…', 'Madame, Monsieur'],
      ['À qui de droit,\nJe cherche un stage.', 'À qui de droit'],
      ['Cher(e) candidat(e), merci de votre intérêt.', 'Cher(e) candidat(e)'],
    ],
    [
      'Madame,\nVotre tribune dans Le Monde m’a marqué.',
      'Bonjour Madame Martin, merci pour votre retour.',
      'Chère Camille, ravie d’échanger avec vous.',
      'Ravi d’échanger avec vous sur ce sujet.',
    ],
  );

  rule(
    'overly-formal',
    [
      ["Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.", "Je vous prie d'agréer"],
      ['Veuillez agréer mes sentiments respectueux.', 'Veuillez agréer'],
      ['Par la présente, je sollicite un entretien.', 'Par la présente'],
      ['Je vous saurais gré de bien vouloir me répondre.', 'Je vous saurais gré'],
    ],
    ['Cordialement,\nMarc', 'Bien à vous,\nAnne', 'Je me permets de vous contacter au sujet de votre étude.', 'Je reste à votre disposition.', 'Veuillez trouver ci-joint mon portfolio.'],
  );

  rule(
    'slang',
    [
      ['slt, tu es dispo ?', 'slt'],
      ['Merci bcp pour ton aide', 'bcp'],
      ['Vous pouvez confirmer svp ?', 'svp'],
      ['Bon, jsp trop quoi faire mdr', 'jsp'],
      ['À demain. Cdlt', 'Cdlt'],
      ['Merci pour tout !\nBisous', 'Bisous'],
    ],
    ['Je bosse sur un projet sympa, le boulot est passionnant.', 'Cordialement,\nLéa', 'Le contrat PK12 est signé.', 'Merci encore, à bientôt !'],
  );
  it('bises in an established thread are fine, and shorthand gets a fix in the same register', () => {
    expect(findingsOf('slang', 'Merci pour ton retour !\nBises', { established: true })).toEqual([]);
    const [svp] = findingsOf('slang', 'Pouvez-vous confirmer svp ?');
    expect(svp?.fix?.replacement).toBe("s'il vous plaît");
    const [cdlt] = findingsOf('slang', 'Merci. Cdlt');
    expect(cdlt?.fix?.replacement).toBe('Cordialement');
    const [dsl] = findingsOf('slang', 'Dsl pour le retard.');
    expect(dsl?.fix).toBeUndefined();
  });

  rule(
    'nickname',
    [
      ['Salut mec, ça roule ?', 'Salut mec'],
      ['Hello boss, une question rapide.', 'Hello boss'],
      ['Merci, frérot !', 'frérot'],
      ['Coucou mon pote, tu vas bien ?', 'Coucou mon pote'],
    ],
    ['Le chef de projet m’a transmis votre contact.', 'Bonjour Thomas, merci pour votre retour.', 'Champion de France de voile, vous inspirez beaucoup.'],
  );

  rule(
    'pushy',
    [
      ['Répondez-moi au plus vite.', 'au plus vite'],
      ["C'est URGENT.", "C'est URGENT"],
      ['URGENT : merci de confirmer.', 'URGENT'],
      ['Merci de revenir vers moi dans les plus brefs délais.', 'dans les plus brefs délais'],
      ["J'attends votre réponse aujourd'hui.", "J'attends votre réponse aujourd'hui"],
      ['Confirmez-moi votre présence avant vendredi.', 'Confirmez-moi votre présence avant vendredi'],
    ],
    [
      "Dans l'attente de votre retour, je vous souhaite une bonne journée.",
      "J'attends votre retour avec intérêt.",
      "Ce n'est pas urgent, répondez quand vous pouvez.",
      'Je pourrais commencer début septembre au plus tôt.',
      'Médecin urgentiste, vous connaissez bien le sujet.',
      'Nous avons un besoin urgent de soudeurs à Nantes.',
      'Je reviens vers vous au plus vite avec le devis.',
      'Disponible immédiatement, je cherche un CDI en logistique.',
      'Un parcours sans faute chez Airbus, bravo.',
    ],
  );

  rule(
    'demanding',
    [
      ['Bonjour. Envoyez-moi votre catalogue.', 'Envoyez-moi'],
      ['Appelle-moi demain matin.', 'Appelle-moi'],
      ['Vous devez me répondre cette semaine.', 'Vous devez me'],
      ["J'exige une réponse.", "J'exige"],
      ['Ne me contactez plus.', 'Ne me contactez plus'],
    ],
    [
      'Pourriez-vous m’envoyer votre catalogue ?',
      'Merci de me faire parvenir votre devis.',
      'Veuillez trouver ci-joint ma candidature.',
      "N'hésitez pas à me contacter.",
      'Vous devez être très occupée, je serai bref.',
      'Envoyez-moi votre CV si le poste vous intéresse.',
    ],
  );
  it('a bare imperative is fine once they have written; a negative one never is', () => {
    expect(findingsOf('demanding', 'Envoyez-moi le devis.', { established: true })).toEqual([]);
    expect(findingsOf('demanding', "Ne m'écrivez plus.", { established: true })).toHaveLength(1);
  });

  rule(
    'desperate',
    [
      ['Je suis désespéré, aidez-moi.', 'Je suis désespéré'],
      ['Je vous en supplie, lisez mon dossier.', 'Je vous en supplie'],
      ["Je ferai n'importe quoi pour ce poste.", "Je ferai n'importe quoi"],
      ['Vous êtes mon dernier espoir.', 'Vous êtes mon dernier espoir'],
    ],
    ['Je serais ravie d’échanger avec vous.', 'Je vous en prie, c’était un plaisir.', 'Votre dernier article donne de l’espoir.'],
  );

  rule(
    'entitled',
    [
      ['Vous me devez une explication.', 'Vous me devez'],
      ['Je mérite une réponse.', 'Je mérite une réponse'],
      ["C'est la moindre des choses.", 'la moindre des choses'],
      ["Vous devriez m'embaucher.", "Vous devriez m'embaucher"],
    ],
    ["J'attends votre retour avec intérêt.", 'Votre équipe mérite des félicitations.', 'Vous devriez recevoir mon dossier demain.'],
  );

  rule(
    'assumption',
    [
      ['Je suis sûr que vous allez adorer notre outil.', 'Je suis sûr que vous allez'],
      ['Comme vous le savez sans doute, la CSRD arrive.', 'Comme vous le savez sans doute'],
      ['Vous cherchez forcément à réduire vos coûts.', 'Vous cherchez forcément'],
    ],
    ["J'imagine que vous êtes très occupée, je serai bref.", 'Je suis sûr de mon choix.', 'Comme je le disais, le projet avance.'],
  );

  rule(
    'badgering',
    [
      ['Avez-vous vu mon dernier message ?', 'Avez-vous vu mon dernier message'],
      ['Je reviens encore vers vous.', 'Je reviens encore vers vous'],
      ['Toujours pas de réponse…', 'Toujours pas de réponse'],
      ['Pourquoi ne me répondez-vous pas ?', 'Pourquoi ne me répondez-vous'],
    ],
    ['Je me permets de vous relancer au sujet de ma question.', 'Merci pour votre réponse rapide.', 'Je reviens vers vous au sujet du devis.'],
  );

  rule(
    'negative-tone',
    [
      ['Je suis très déçu de votre réponse.', 'déçu'],
      ["C'est inadmissible.", 'inadmissible'],
      ['Quel manque de respect.', 'manque de respect'],
      ['Bravo pour le professionnalisme.', 'Bravo pour le professionnalisme'],
    ],
    ['Bravo pour votre nomination !', 'Merci pour ce bel échange.', 'Votre intervention était passionnante.'],
  );

  rule(
    'profanity',
    [
      ["C'est de la merde.", 'merde'],
      ['Putain, encore un bug.', 'Putain'],
      ['Quel con.', 'Quel con'],
      ['ptn ça marche pas', 'ptn'],
    ],
    ['Merci pour vos conseils.', 'Je vous contacte au sujet de Mistral.', 'Le con-sultant arrive.', 'Votre technique de négociation est impressionnante.'],
  );

  rule(
    'typo',
    [
      ['Je suis entrain de finir.', 'entrain'],
      ['Malgrés le retard, merci.', 'Malgrés'],
      ['Un échange professionel ?', 'professionel'],
      ['Chère Monsieur Dupont,', 'Chère Monsieur'],
      ["Merci pour votre addresse.", 'addresse'],
    ],
    ["Il travaille avec entrain.", 'Je suis en train de finir.', 'Nous travaillons sur un large language model.', 'Cher Monsieur Dupont,'],
  );
  it('typo fixes keep the writer’s capital', () => {
    const [malgres] = findingsOf('typo', 'Malgrés le retard, merci.');
    expect(malgres?.fix?.replacement).toBe('Malgré');
    const [chere] = findingsOf('typo', 'Chère Monsieur Dupont,');
    expect(chere?.fix?.replacement).toBe('Cher Monsieur');
  });

  rule(
    'false-familiarity',
    [
      ['Comme convenu, je vous envoie la plaquette.', 'Comme convenu'],
      ['Suite à notre échange, voici le devis.', 'Suite à notre échange'],
      ['Pour faire suite à notre appel, je vous transmets le lien.', 'Pour faire suite à notre appel'],
      ['Comme promis, voici notre offre.', 'Comme promis'],
    ],
    [
      'Suite à notre échange au salon VivaTech, voici le devis.',
      'Suite à notre rencontre au salon Batimat, je vous envoie la documentation comme promis.',
      "Ravi de vous avoir rencontrée hier au forum de l'emploi de Rennes. Comme promis, voici le lien.",
      'Bonjour, je me permets de vous contacter au sujet de votre étude.',
    ],
  );
  it('comme convenu is fine once they have written', () => {
    expect(findingsOf('false-familiarity', 'Comme convenu, voici la plaquette.', { established: true })).toEqual([]);
  });
});

describe('French no-context: real context in any wording, pseudo-context does not count', () => {
  const noContext = (text: string, recipient?: Options['recipient']) => findingsOf('no-context', text, recipient ? { recipient } : {});
  it.each([
    "Bonjour Claire, j'ai lu votre tribune sur la sobriété numérique. Auriez-vous 15 minutes ?",
    'Bonjour Paul, ton podcast sur le bootstrapping m’a convaincu. On en parle ?',
    'Bonjour Anne, votre parcours chez Back Market m’intéresse beaucoup. Seriez-vous disponible ?',
    'Félicitations pour votre nomination à la tête de la filiale ! Une question sur la suite ?',
    'Bonjour, je me permets de vous écrire sur les conseils de Julie Martin. Auriez-vous un moment ?',
    'Bonjour Marc, Sophie Durand m’a conseillé de vous contacter au sujet de la logistique.',
    'Bonjour, nous nous sommes croisés au salon du Bourget jeudi. Un café ?',
    "Bonjour, on s'est rencontrés au meetup React de Nantes. Tu aurais un moment ?",
    'Bonjour Léa, ancien de Centrale Lyon moi aussi, je cherche un conseil sur le conseil en stratégie.',
    "J'ai postulé hier au poste d'acheteur (réf. 331) ; auriez-vous un conseil ?",
    "Accepteriez-vous d'intervenir lors de notre séminaire de juin ?",
    "Salut Kevin ! Merci pour le tuto Docker, ça m'a sauvé la mise.",
    'Votre entreprise, Dubois Frères, est citée en exemple par la CCI. Accepteriez-vous un entretien ?',
    "Votre ferme de Quimper m'a été signalée par la Chambre d'agriculture. Seriez-vous disponible ?",
  ])('quiet on real context: %s', (text) => {
    expect(noContext(text)).toEqual([]);
  });
  it.each([
    'Bonjour, j’ai vu votre profil et j’aimerais échanger.',
    'Bonjour, vous avez consulté mon profil, échangeons !',
    'Bonjour, nous avons de nombreuses relations en commun. Un café ?',
    'Bonjour, votre parcours impressionnant m’a donné envie de vous écrire.',
    'Salut, je bosse aussi dans la logistique, on se connecte ?',
  ])('flags pseudo-context: %s', (text) => {
    expect(noContext(text)).toHaveLength(1);
  });
  it('their named company counts', () => {
    expect(noContext('Bonjour, je suis fan des produits Lydia. Un café ?', { name: 'Thomas Lemaire', company: 'Lydia' })).toEqual([]);
  });
});

describe('French greetings and names', () => {
  it.each([
    ['Bonjour Madame Collin, merci pour votre étude.', { name: 'Agnès Collin' }],
    ['Bonjour Monsieur Dupuis, merci pour votre réponse.', { name: 'Alain Dupuis' }],
    ['Chère Maître Lefort, merci.', { name: 'Sandrine Lefort' }],
    ['Parfait, jeudi me va.', { name: 'Léa Simon' }],
    ['Salut mec, ça va ?', { name: 'Paul Petit' }],
  ])('%s is not a wrong name', (text, recipient) => {
    expect(findingsOf('wrong-name', text, { recipient })).toEqual([]);
  });
  it('a greeting-only draft is no-hello', () => {
    expect(findingsOf('no-hello', 'Bonjour, comment allez-vous ?')).toHaveLength(1);
    expect(findingsOf('no-hello', 'Coucou, ça va ?')).toHaveLength(1);
    expect(findingsOf('no-hello', "Bonjour, comment allez-vous ? Je vous écris au sujet de votre article sur l'IA.")).toEqual([]);
  });
});

describe('French checklist', () => {
  const item = (text: string, id: string) => lintFr(text).checklist.find((c) => c.id === id)?.done;
  it('reads introductions, asks and thanks', () => {
    expect(item('Je suis développeur chez Cegid.', 'introduces-self')).toBe(true);
    expect(item('Juriste junior chez Engie, je vous écris.', 'introduces-self')).toBe(true);
    expect(item('Je suis sûr que ça vous plaira.', 'introduces-self')).toBe(false);
    expect(item('Seriez-vous disponible mardi ?', 'clear-ask')).toBe(true);
    expect(item('Auriez-vous 15 minutes pour en parler?', 'clear-ask')).toBe(true);
    expect(item('Je vous remercie par avance.', 'thanks')).toBe(true);
  });
});

describe('French pack: wider phrasings', () => {
  it.each([
    ['no-context', 'Bonjour Paul, nous faisons tous les deux partie du Club Finance de Lyon. Un café ?', 0],
    ['no-context', 'Bonjour Léa, je vous ai écoutée hier sur France Inter. Auriez-vous un moment ?', 0],
    ['no-context', 'Bonjour, vous avez récemment rejoint Alan comme DRH : bravo ! Une question ?', 0],
    ['no-context', "J'utilise votre appli tous les jours, merci ! Une question sur l'export ?", 0],
    ['no-context', "Bonjour, j'ai vu que vous avez consulté mon profil. Échangeons ?", 1],
    ['template-phrase', 'Je serais ravi de faire partie de votre réseau.', 1],
    ['template-phrase', 'Votre profil a retenu mon attention, connectons-nous !', 2],
    ['job-ask', 'Auriez-vous des opportunités pour moi dans votre équipe ?', 1],
    ['job-ask', 'Si vous entendez parler d’un poste en contrôle de gestion, pensez à moi.', 1],
    ['sales-pitch', "J'aimerais vous présenter notre solution de paie en 15 minutes.", 1],
    ['sales-pitch', 'Nous sommes une agence spécialisée en SEO local.', 1],
    ['personal-favor', 'Un petit like sur mon post me ferait plaisir !', 1],
    ['slang', 'cc, jsuis dispo demain', 2],
    ['slang', 'Le Biz Dev de Qonto m’a parlé de vous.', 0],
    ['slang', 'Nous avons signé avec le DAC de la région.', 0],
    ['job-ask', 'Auriez-vous une place dans votre service ?', 1],
    ['desperate', 'Je suis prête à tout pour ce poste.', 1],
    ['sales-pitch', 'Nous aidons les restaurateurs à remplir leur salle. 1 mois offert !', 2],
    ['sales-pitch', 'Je vous propose une opportunité unique de revenu passif.', 1],
    ['personal-favor', "Ce serait top si tu pouvais la noter sur l'App Store.", 1],
    ['personal-favor', "Un vote de ta part m'aiderait énormément.", 1],
    ['personal-question', 'Quelle est votre situation familiale ?', 1],
    ['personal-question', 'Quelle est la situation du marché chez vous ?', 0],
    ['badgering', 'Ça fait trois fois que je vous écris.', 1],
    ['entitled', 'Vous pourriez au moins répondre.', 1],
    ['assumption', 'Vous allez forcément être intéressée par mon profil.', 1],
    ['nickname', 'Bonjour cher ami, une question.', 1],
    ['nickname', 'Bonjour chère collègue, une question sur le RGPD.', 0],
    ['slang', "J'ai un plan de ouf.", 1],
    ['template-phrase', 'Je souhaiterais élargir mon réseau.', 1],
    ['sales-pitch', 'Nous sommes un cabinet spécialisé en recrutement IT. Un poste de lead dev pourrait vous intéresser ?', 0],
    ['sales-pitch', "CDI, période d'essai de 3 mois : un appel découverte de 15 minutes ?", 0],
    ['sales-pitch', 'Comment avez-vous réussi à développer votre chiffre d’affaires ?', 0],
    ['sales-pitch', 'Notre programme accompagne des lycéens de Seine-Saint-Denis.', 0],
    ['no-context', "J'ai vu la démo de votre outil au salon, bravo. Une question ?", 0],
    ['no-context', "J'ai vu que vous recrutez un data analyst. Auriez-vous 10 minutes ?", 0],
    ['template-phrase', 'Je suis toujours ouverte à de nouvelles connexions.', 1],
    ['job-ask', 'Je vous envoie mon CV au cas où un poste se libérerait.', 1],
    ['job-ask', 'Je souhaiterais vivement intégrer votre entreprise.', 1],
    ['false-familiarity', 'Comme évoqué, je vous joins notre offre.', 1],
    ['false-familiarity', 'Comme discuté ensemble, voici le lien.', 1],
    ['false-familiarity', 'Comme évoqué dans mon CV, je parle allemand.', 0],
    ['template-phrase', 'Chers collègues, merci pour cette belle année !', 0],
    ['pushy', "Pour la facture, je vous l'envoie dès que possible.", 0],
    ['no-context', 'Suite à votre candidature pour le poste de vendeur, pouvez-vous m’indiquer vos disponibilités ?', 0],
    ['sales-pitch', 'Je me permets de vous présenter Finly, le logiciel de trésorerie des PME.', 1],
    ['sales-pitch', 'Nos utilisateurs gagnent 4 h par semaine.', 1],
    ['sales-pitch', "J'accompagne les dirigeants à retrouver du sens. Premier appel découverte offert !", 2],
    ['personal-question', 'Vous êtes de quelle origine ?', 1],
    ['assumption', 'Je suis persuadée que notre offre va vous plaire.', 1],
    ['badgering', "Vous m'avez toujours pas répondu.", 1],
    ['negative-tone', "C'est quoi le problème ?", 1],
    ['job-ask', 'Je cherche du taf dans le BTP, vous avez qqch ?', 1],
    ['no-context', 'Je vous invite à découvrir notre nouvelle collection.', 1],
    ['no-context', 'Je vous invite à notre table ronde du 12 juin sur la RSE.', 0],
    ['personal-favor', 'Je voulais partager ce post avec vous, il parle de votre secteur.', 0],
    ['personal-favor', "J'aimerais suivre ce projet de près.", 0],
    ['personal-favor', 'Merci de liker et partager mon post !', 1],
    ['demanding', 'Vous devez sûrement recevoir beaucoup de messages.', 0],
    ['sensitive-info', 'Ne communiquez jamais votre mot de passe par message.', 0],
  ] as const)('%s on %s: %i', (id, text, count) => {
    expect(findingsOf(id, text)).toHaveLength(count);
  });
});
