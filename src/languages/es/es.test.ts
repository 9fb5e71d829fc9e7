import { describe, expect, it } from 'vitest';
import { languageCases, type DraftOptions } from '../../testing/language-cases.ts';

type Options = DraftOptions;
const { report, rulesOf, excerptsOf, cases } = languageCases('es');

const thread: Options = { fromThem: 2 };

describe('es: no-context reads Spanish context', () => {
  cases(
    'no-context',
    [
      'Hola Marta, me gustaría conectar contigo. Un saludo.',
      'Hola, vi tu perfil y quería presentarme. ¿Hablamos?',
      'Buenas tardes, tenemos muchos contactos en común y creo que deberíamos hablar.',
      'Hola Pedro, estamos en el mismo sector, así que pensé en escribirte.',
      'Hola, siempre busco conectar con profesionales como tú.',
      'Hola Ana, ayudamos a empresas como la tuya a vender más. ¿Te interesa?',
      'Hola Luis, visitaste mi perfil la semana pasada, ¿buscas algo?',
      'Hola Pilar, admiro mucho tu trabajo. ¿Conectamos?',
      'Hola Iker, me encantaría saber más sobre tu empresa.',
      'Hola Álvaro, somos del mismo sector y me gustaría conectar.',
      'Hola Teresa, sigo tu trabajo desde hace tiempo.',
      'Hola Laura, me encantaría conocer más sobre tu trayectoria.',
      'Hola Sara, te escribo para invitarte a nuestro webinar gratuito sobre ventas.',
      'Hola Rubén, te encontramos en LinkedIn y nos pareció interesante hablar.',
      'Hola Eva, usa el código PROMO2024 para un 20 % extra en tu pedido.',
    ],
    [
      'Hola Marta, leí tu artículo sobre pagos instantáneos y me surgió una duda. ¿Tendrías 10 minutos?',
      'Buenos días, Sr. Gil. Asistí a su ponencia en el congreso de Sevilla y me gustaría hacerle una consulta.',
      'Hola Pablo, nos conocimos en el Mobile World Congress. ¿Seguimos la conversación?',
      'Hola Irene, ¡felicidades por tu nuevo puesto! Me alegra mucho.',
      'Hola Sergio, Laura Gómez me sugirió que te escribiera sobre el proyecto de datos.',
      'Hola Nuria, yo también estudié en la Complutense y vi que diriges el máster.',
      'Hola Jorge, me postulé ayer a la vacante de analista y quería presentarme.',
      'Hola Clara, te escuché en el podcast de Emprendedores y me encantó tu enfoque.',
      'Hola Raúl, ambos estamos en la comunidad de Python Madrid. ¿Charlamos?',
      'Hola Bea, qué buena tu charla de ayer sobre accesibilidad.',
      'Hola Íñigo, la charla que diste en el BIME me dejó pensando.',
      'Hola Elena, ¡qué alegría ver tu nombramiento como decana!',
      'Hola Beatriz, he visto tu experiencia liderando proyectos de eólica marina.',
      'Hola Pau, fue un placer conocerte ayer en la jornada de Barcelona Activa.',
      'Hola Rosa, estoy en vuestro proceso de selección y quería preguntarte una duda.',
      'Hola Paula, trabajé en Inditex en el mismo equipo de logística que dirigiste después.',
      'Hola Lola, soy alumna del bootcamp donde das clase de React.',
      'Hola Irene, en el último episodio hablaste de burnout y me sentí identificado.',
      'Hola David, leí en Expansión que Cabify abre nueva sede en Bogotá.',
      'Hola Mario, somos los dos de Zaragoza y trabajamos en energía.',
      'Hola Álvaro, te vi ganar el hackathon de BBVA.',
      'Hola Camila, Tomás Rivas me habló muy bien de tu trabajo en Rappi.',
      'Hola Joaquín, te escribo tras la mesa redonda de ayer en la Cámara de Comercio.',
      'Hola Ainhoa, gran artículo el tuyo en Forbes sobre liderazgo.',
      'Hola Luciana, vi que vas a dar una charla en la JSConf.',
      'Hola Manu, qué gusto verte ayer en la cena de exalumnos.',
      'Hola Esteban, nos presentó Paula en el Demo Day de Wayra.',
      'Hola Óscar, ambos participamos en el hackathon de Valencia el año pasado.',
      'Hola Inés, nos encantaría contar contigo como ponente en la jornada de marzo.',
      'Estimada Dra. Paredes, fui su alumna en la Universidad Católica.',
      'Buenas tardes, Sr. Campos. Le escribo en nombre de la Cámara de Comercio de Quito para invitarle a dar una charla.',
      'Hola Daniela, mi jefa, Carolina Vega, me pasó tu contacto para lo del piloto.',
      'Hola Valeria, me sumé a la comunidad de Product Managers de Bogotá que moderas.',
      'Hola Tomás, vi que lideraste la migración a la nube del banco. ¿Me contarías cómo fue?',
    ],
  );

  it('pseudo-context does not hide the finding even next to a work noun', () => {
    expect(rulesOf('Hola, vi tu perfil y tus publicaciones me parecen geniales.')).toContain('no-context');
  });
  it('an established thread needs no context', () => {
    expect(rulesOf('Hola Marta, ¿cómo va todo?', thread)).not.toContain('no-context');
  });
});

describe('es: rules from the pack', () => {
  cases(
    'sales-pitch',
    [
      'Hola Diego, nuestra plataforma ayuda a despachos como el tuyo a captar más clientes.',
      '¿Agendamos una demo de 20 minutos el jueves?',
      'Prueba gratis durante 30 días, sin compromiso.',
      'Solo este mes, 25 % de descuento en la suscripción anual.',
      'Le ofrezco mis servicios de diseño web para su empresa.',
      '¿Quieres ingresos extra? Sé tu propio jefe desde casa.',
      'Podemos ayudarte a aumentar tus ventas un 40 % en tres meses.',
      'Hemos creado una app que reduce un 30 % las ausencias a las citas.',
      'Somos una consultora que ayuda a hoteles a llenar habitaciones. ¿Te lo enseño en 10 minutos?',
      'Nuestros planes desde 19 € al mes incluyen soporte.',
      'Ayudo a directivos como usted a hablar mejor en público.',
      '¿Te interesaría conocer nuestro software de inventario?',
      'Somos distribuidores oficiales de Siemens en Aragón.',
      '¿Le gustaría recibir más información sobre nuestros servicios?',
      'Te adjunto nuestro catálogo de productos.',
      '¿Sabías que el 80 % de las empresas pierden clientes por su web? Creamos webs que convierten.',
    ],
    [
      'Trabajo en una agencia de marketing en Bilbao y me gustaría aprender de tu experiencia.',
      ['Como me pediste, te paso la demo y el 10 % de descuento acordado.', thread],
      'Vi tu charla sobre ventas B2B y me quedé con una pregunta sobre el ciclo de venta.',
      'En mi empresa aumentamos las ventas un 20 % el año pasado y quería contarte cómo.',
      'Me gustaría ofrecerte un puesto en nuestro equipo de datos.',
      'Me gustaría presentarte a nuestro equipo de producto.',
    ],
  );

  cases(
    'job-ask',
    [
      '¿Me puedes dar trabajo en tu empresa?',
      'Hola, ¿hay alguna vacante para mí en tu equipo?',
      '¿Me podrías recomendar para el puesto de diseñadora?',
      'Pásale mi CV a RR. HH., porfa.',
      'Contrátame, no te vas a arrepentir.',
      '¿Sabes si en tu empresa están contratando?',
      'Si ves alguna oferta de diseño, acuérdate de mí.',
      '¿Podrías ayudarme a conseguir unas prácticas en tu equipo?',
      'Estoy buscando trabajo. ¿Me echas una mano?',
      '¿Tienen alguna posición abierta de QA?',
    ],
    [
      'Me postulé a la vacante de analista (ref. AN-2231) y quería saber cómo es el equipo.',
      '¿Me podrías recomendar algún libro sobre negociación?',
      '¿Qué me recomiendas estudiar para entrar en ciberseguridad?',
      'Tenemos una vacante de backend en nuestro equipo que encaja con tu perfil.',
      '¿Tienes algún hueco esta semana para un café?',
      '¿Hay alguna oportunidad de colaborar?',
    ],
  );

  cases(
    'personal-favor',
    [
      'Vota por mi proyecto en los premios Emprende, ¡es un minuto!',
      'Dale like a mi publicación sobre el lanzamiento.',
      '¿Podrías validar mis aptitudes de Python en LinkedIn?',
      'Escríbeme una recomendación, por favor.',
      'Déjanos una reseña en Google, nos ayuda mucho.',
      'Preséntame a tu CEO, por favor.',
      '¿Me prestas 200 euros hasta el mes que viene?',
      '¿Me pasas el contacto de tu jefa de compras?',
      'Hazle llegar mi CV a tu director, porfa.',
      'Comparte esta oferta con tu red, ¡gracias!',
      'Apóyanos en nuestra campaña de Verkami.',
      'Te agradecería que compartieras mi publicación.',
      '¿Me sigues en Instagram? Te sigo de vuelta.',
      '¿Podrías darme like en la publicación?',
      '¿Me dejas una reseña en Google?',
      '¿Puedes rellenar mi encuesta sobre teletrabajo?',
    ],
    [
      '¿Tendrías 15 minutos para darme tu opinión sobre mi CV?',
      ['¿Podrías presentarme a Marta, de compras? Así le enseño el piloto.', thread],
      'Compartiste un post muy útil sobre Kubernetes y lo he guardado.',
    ],
  );

  cases(
    'personal-question',
    [
      '¿Cuántos años tienes? Te veo muy joven para el puesto.',
      '¿Estás casada?',
      '¿Tienes hijos? El puesto exige viajar.',
      '¿A quién votaste en las últimas elecciones?',
      '¿Dónde vives ahora mismo?',
      '¿Cuál es tu religión? Lo pregunto por el horario.',
      '¿Cuánto ganas en tu puesto actual?',
    ],
    [
      '¿Cuántos años llevas en Telefónica?',
      '¿Cuál es tu pretensión salarial para este puesto?',
      'Nuestro programa apoya a madres solteras que emprenden.',
      '¿Cuántos años tiene la empresa?',
      '¿Cuánto cobras por diseñar un logo?',
      'Mi compañera está embarazada y busca sustituto.',
    ],
  );

  cases(
    'sensitive-info',
    [
      'Para el alta necesito tu DNI y tu fecha de nacimiento.',
      'Envíame el número de tu tarjeta de crédito para reservar.',
      'Pásame tu contraseña y lo configuro yo.',
      'Indícame tu IBAN para hacerte el pago.',
    ],
    [
      'Te dejo mi correo por si prefieres escribirme: ana@ejemplo.es',
      'Mi tarjeta de visita está en el enlace.',
      'La clave del éxito es la constancia.',
      'Para la factura necesito su domicilio social.',
    ],
  );

  cases(
    'flirtatious',
    [
      'Hola guapa, ¿tienes un minuto?',
      'Qué sonrisa tan bonita tienes en la foto.',
      '¿Estás soltera?',
      '¿Te apetece cenar conmigo el viernes?',
      '¡Qué foto tan linda! ¿Tomamos un café?',
      'Eres muy guapa, la verdad.',
    ],
    [
      ['Querida Ana:\n\nTe envío el informe de la obra.', thread],
      'Vuestro proyecto de la biblioteca quedó precioso.',
      'Qué presentación tan bonita hicisteis en el foro.',
    ],
  );

  cases(
    'template-phrase',
    [
      'Me gustaría agregarte a mi red profesional en LinkedIn.',
      'Quisiera añadirle a mi red profesional de LinkedIn.',
      'Hola, me encontré con su perfil y quise escribirle.',
      'Estoy ampliando mi red de contactos del sector.',
      'A quien pueda interesar: busco oportunidades en logística.',
      'Estimado/a:\n\nLe escribo por la oferta.',
      'Estimado candidato:\n\nGracias por su interés.',
      'Estimado reclutador:\n\nLe escribo por la oferta.',
      'Tu perfil me llamó la atención y me gustaría tenerte entre mis contactos.',
    ],
    [
      'Estimada Sra. Castillo:\n\nLe escribo por su artículo en El País.',
      'Vi tu charla en la PyConES sobre tipado y me encantaría conectar.',
      'Hola a tod@s, os comparto el informe.',
    ],
  );

  cases(
    'overly-formal',
    [
      'Muy señor mío:\n\nLe escribo por la oferta.',
      'Por medio de la presente le comunico mi interés en el puesto.',
      'Sin otro particular, le saluda atentamente.',
      'Por la presente le comunico mi interés.',
      'Tengo el honor de dirigirme a usted para invitarle al foro.',
    ],
    [
      'Estimada Sra. Ruiz:\n\nMe dirijo a usted por su ponencia. Atentamente, Juan',
      'Quedo a sus órdenes. Saludos cordiales.',
      'Un cordial saludo y gracias de antemano.',
    ],
  );

  cases(
    'slang',
    [
      'Hola, xq no hablamos el jueves?',
      'Te escribo tb por lo del evento.',
      'Porfa dime algo cuando puedas.',
      'jajaja muy buena tu charla',
      'Qué onda wey, ¿todo bien?',
      'Gracias por todo.\n\nBesos,\nLaura',
      'Salu2 desde Lima.',
      'Buenas! Q tal? Te escribo xa ver si hablamos.',
    ],
    [
      'Somos siete u ocho personas en el equipo.',
      'Yo me encargo de compras.',
      'El objetivo del Q3 es cerrar la serie A.',
      'Una empresa X de nuestro tamaño no puede permitírselo.',
      'Vale, me parece guay. Un abrazo.',
      ['Gracias por todo.\n\nBesos,\nLaura', thread],
      'Tenemos 2 TB de datos por día.',
      'Sincronizamos los relojes con NTP.',
    ],
  );

  it('slang gets fixes in Spanish', () => {
    const r = report('Hola Marta, porfa dime algo xq tengo prisa.');
    const fixes = r.findings.filter((f) => f.ruleId === 'slang').map((f) => f.fix?.replacement);
    expect(fixes).toEqual(expect.arrayContaining(['por favor', 'porque']));
  });

  cases(
    'nickname',
    [
      'Buenas, crack! ¿Te puedo hacer una pregunta?',
      'Gracias, jefe. Lo miro.',
      'Hola hermano, ¿cómo va todo?',
      'Oye, máquina, ¿tienes un minuto?',
      'Hola tío, ¿qué tal el finde?',
    ],
    [
      'Mi jefe me recomendó tu charla.',
      'Un amigo me habló de tu proyecto.',
      'Mi tío trabaja en Repsol desde hace años.',
      'Estimado colega de profesión: le escribo por el congreso.',
    ],
  );

  cases(
    'pushy',
    [
      'Es urgente, respóndeme hoy mismo.',
      'Necesito una respuesta lo antes posible.',
      'Por favor, contésteme a la mayor brevedad.',
      'Confírmame antes del viernes sin falta.',
      'Te lo pido ASAP.',
      ['Lo necesito para hoy mismo.', thread],
    ],
    [
      'Quedo a la espera de sus comentarios.',
      'Quedo atento. Un saludo.',
      'Espero tu respuesta, gracias.',
      'Trabajo en el servicio de urgencias del Hospital del Mar.',
      'Sin prisa, cuando puedas me dices.',
      'Escríbeme cuando ya tengas el informe.',
    ],
  );

  cases(
    'demanding',
    [
      'Hola Ana. Envíame tu CV.',
      'Llámame mañana a las diez.',
      'Mira mi portafolio.',
      'Quiero que me envíes la propuesta firmada.',
      'Buenos días. Indíqueme su disponibilidad para una entrevista.',
      'Completa el formulario de inscripción.',
      'Tienes que revisar nuestra propuesta esta semana.',
      'Necesito que me mandes el presupuesto.',
      ['No me vuelvas a escribir, por favor.', thread],
      ['No me escribas más con ofertas.', thread],
    ],
    [
      '¿Podrías enviarme tu CV?',
      'Por favor, envíame el enlace cuando puedas.',
      'Si te interesa, escríbeme y lo hablamos.',
      'No dudes en escribirme si tienes dudas.',
      'Debes de estar muy ocupado, seré breve.',
      ['Llámame cuando puedas.', thread],
      'Avísame si te encaja.',
      'Llama la atención lo rápido que habéis crecido.',
      'Escríbeme por aquí cuando puedas.',
      'Mira, te cuento: vi tu charla ayer.',
      'La empresa tiene que crecer este año.',
      'Debes estar muy liado con el cierre.',
    ],
  );

  cases(
    'desperate',
    ['Estoy desesperado, necesito este trabajo ya.', 'Te lo ruego, dame una oportunidad.', 'Haré lo que sea por entrar.', 'Eres mi última esperanza.'],
    ['Me encantaría formar parte del equipo.', 'Estaría encantada de ayudar.', 'Por favor, avísame si hay novedades.'],
  );

  cases(
    'entitled',
    [['Me debes una respuesta después de tres entrevistas.', thread], 'Merezco una explicación.', 'Es lo mínimo que puedes hacer.', 'Exijo una respuesta hoy.', 'Al menos podrías tener la decencia de contestar.', 'Sería lo mínimo después de tres entrevistas.'],
    ['Espero tu respuesta.', 'Gracias por tu tiempo, lo valoro mucho.', 'Creo que encajo bien en el puesto.'],
  );

  cases(
    'assumption',
    ['Seguro que te encantará nuestro producto.', 'Como seguramente sabes, el mercado cambió.', 'Sé que buscas nuevos retos.'],
    ['Imagino que estarás muy ocupado, seré breve.', 'Quizá te interese el informe.', 'No sé si conoces nuestro trabajo.'],
  );

  cases(
    'badgering',
    [
      ['¿Viste mi último mensaje?', { unanswered: 1 }],
      ['¿Por qué no me respondes?', { unanswered: 1 }],
      ['Sigo esperando noticias tuyas.', { unanswered: 1 }],
      ['Subo este mensaje por si se perdió.', { unanswered: 1 }],
    ],
    [
      ['Retomo mi mensaje anterior por si se perdió entre tantos.', { unanswered: 1 }],
      ['Te escribo de nuevo por si no viste mi mensaje. ¿Pudiste revisar la propuesta?', { unanswered: 1 }],
      'Vi tu último post sobre IA.',
      ['Gracias por tu respuesta tan rápida.', thread],
    ],
  );

  cases(
    'negative-tone',
    [['Estoy muy decepcionado con el proceso.', thread], ['Es una falta de respeto total.', thread], ['El trato ha sido pésimo.', thread], ['Muy profesional de tu parte no contestar.', thread]],
    [['Siento lo de los despidos, ánimo.', thread], ['Gracias por la información.', thread], ['Me encantó la charla.', thread]],
  );

  cases(
    'profanity',
    [['Joder, otra vez se cayó el servidor.', thread], ['Esto es una mierda.', thread], ['Qué cabrón, no me avisó.', thread], ['WTF con el nuevo proceso.', thread]],
    [['Compré una computadora nueva.', thread], ['Cuidamos la reputación de la marca.', thread], ['Hay una disputa con el proveedor.', thread], ['Voy con Ana a la reunión.', thread]],
  );

  cases(
    'typo',
    ['Hola, nesecito ayuda con un tema.', 'Fue una charla exelente.', 'Aver si hablamos pronto.', 'Gracias porfavor dime algo.', 'Me encantaria hablar contigo.', 'Te mando la informacion mañana.'],
    ['Esta semana está complicada.', 'Te he hecho caso, echo de menos el equipo.', 'Te mando las informaciones mañana.', 'Más o menos, pero mas tarde te digo.'],
  );

  it('typo fixes a missing accent and keeps the capital', () => {
    const r = report('Hola Ana. Tambien te escribo por la reunion.');
    const fixes = r.findings.filter((f) => f.ruleId === 'typo').map((f) => f.fix?.replacement);
    expect(fixes).toEqual(['También', 'reunión']);
  });

  cases(
    'false-familiarity',
    ['Como hablamos, te paso la propuesta.', 'Retomando nuestra llamada, te mando el documento.', 'Según lo conversado, adjunto el presupuesto.'],
    [
      ['Como hablamos, te paso la propuesta.', thread],
      'Como te prometí en la cena del congreso, te mando el enlace.',
      'Te paso la propuesta que preparamos para clínicas.',
    ],
  );
});

describe('es: greetings, names and the checklist', () => {
  cases(
    'no-hello',
    ['Hola, buenos días. ¿Cómo estás?', 'Buenas, ¿qué tal todo?', 'Hola Marta, espero que estés bien.', 'Mucho gusto.'],
    ['Hola, ¿qué tal? Te escribo por tu charla de ayer en el meetup.', 'Buenos días, ¿cómo estás? Quería preguntarte por el máster.'],
  );

  it('a title with the family name is not a wrong name', () => {
    const recipient = { name: 'Guadalupe Villaseñor Ríos', headline: 'Directora de Operaciones' };
    expect(rulesOf('Estimada Sra. Villaseñor: leí su artículo sobre logística.', { recipient })).not.toContain('wrong-name');
    expect(rulesOf('Buenos días, Dra. Ríos. Leí su artículo sobre logística.', { recipient })).not.toContain('wrong-name');
  });

  it('opening words before a comma are not names', () => {
    const recipient = { name: 'Lucía Ortega', headline: 'Staff Engineer' };
    expect(rulesOf('Hola guapa, ¿tienes un minuto?', { recipient })).not.toContain('wrong-name');
    expect(rulesOf('Perfecto, gracias por el enlace a tu charla.', { recipient, ...thread })).not.toContain('wrong-name');
    expect(rulesOf('Genial, te mando el enlace mañana.', { recipient, ...thread })).not.toContain('wrong-name');
    expect(rulesOf('Gracias, Lucía, por la info.', { recipient, ...thread })).not.toContain('wrong-name');
  });

  it('thanks alone is not a bare greeting', () => {
    expect(rulesOf('¡Muchas gracias!', thread)).not.toContain('no-hello');
    expect(rulesOf('Perfecto.', thread)).not.toContain('no-hello');
  });

  it('ticks the checklist from Spanish cues', () => {
    const r = report('Hola Lucía, soy desarrolladora en una fintech de Valencia. Te escribo porque leí tu artículo sobre tipado. ¿Tendrías 15 minutos? Muchas gracias.', {
      recipient: { name: 'Lucía Ortega', headline: 'Staff Engineer' },
    });
    const done = Object.fromEntries(r.checklist.map((c) => [c.id, c.done]));
    expect(done).toMatchObject({ 'introduces-self': true, 'references-them': true, 'clear-ask': true, thanks: true });
  });

  it('a comma between greeting and name still greets them by name', () => {
    const greets = (text: string, name: string) => report(text, { recipient: { name } }).checklist.find((c) => c.id === 'greets-by-name')?.done;
    expect(greets('Hola, Lucía: leí tu artículo sobre tipado.', 'Lucía Ortega')).toBe(true);
    expect(greets('Buenos días, Sr. Herrera. Leí su artículo en Expansión.', 'Javier Herrera Ponce')).toBe(true);
    expect(greets('Buenos días, Lic. María: leí su artículo.', 'María Pérez')).toBe(true);
  });

  it('introduces-self and common-ground from Spanish phrasing', () => {
    const done = (text: string) => Object.fromEntries(report(text).checklist.map((c) => [c.id, c.done]));
    expect(done('Hola Iñaki: soy Marta, del equipo de Talent de Glovo. He leído tu post sobre Spark.')['introduces-self']).toBe(true);
    expect(done('Estimada Sra. Ruiz: la escuché en el panel de logística de Expo Carga.')['common-ground']).toBe(true);
  });

  it('a bare "¿Qué tal?" is no clear ask', () => {
    const r = report('Hola, buenas tardes. ¿Qué tal estás?');
    expect(r.checklist.find((c) => c.id === 'clear-ask')?.done).toBe(false);
  });

  it('quotes the draft’s own words in the finding', () => {
    expect(excerptsOf('pushy', 'Necesito una respuesta lo antes posible.')).toEqual(['lo antes posible']);
  });
});
