/**
 * Given names that are unambiguously a woman's or a man's in Spanish, Portuguese, French and German usage
 * (folded: lower case, no accents), for title–gender mismatches ("Sehr geehrter Herr Vogel" to Katrin
 * Vogel). Names used for both (Andrea, Simone, Kim, Camille, Dominique, Claude, Alex, Sascha, Toni…) are
 * never in them: when unsure, say nothing (languages.md §4.3).
 */
export const WOMEN = new Set(
  ('ana anna anne annette antje beatriz birgit brigitte carina carla carmen carolina caroline catherine celine chloe christina christine claudia ' +
    'claire cristina daniela diana elena elisabeth emma eva fernanda francoise franziska gabriela gabriele heike helene ines isabel isabelle jana ' +
    'julia juliana julie karin katharina katja katrin laura lea lucia luisa manuela margarete maria mariana marie marina marta martina monika ' +
    'nadine natalia nathalie nicole patricia paula petra pilar raquel rosa sabine sandra sara sarah silvia sofia sophie stefanie susana susanne ' +
    'tatiana teresa ursula ute valeria valerie vanessa veronique yolanda aurelie camila adriana beatrice mercedes dolores concepcion').split(' '),
);
export const MEN = new Set(
  ('alejandro andreas antoine antonio bernd bruno carlos christian christoph daniel david diego eduardo emmanuel enrique fabian felipe felix ' +
    'fernando francisco francois frank frederic gustavo guillermo hans heinz ignacio javier jean jens joao jorge jose juan julien jurgen klaus ' +
    'laurent lucas ludwig luis lukas manuel marc marcel marco markus martin matthias michael miguel nicolas olivier oliver pablo paulo pedro ' +
    'peter philippe pierre rafael ralf ricardo roberto rodrigo sebastian sergio stefan stephane thiago thomas tobias uwe vincent wolfgang jonas').split(' '),
);
