import type { LocalizedRule } from '../../types.ts';

/**
 * LinkedIn's default invitations in Spanish, stock openers, networking for its own sake and salutations
 * that address nobody ("A quien corresponda", "Estimado/a").
 */
export const templatePhrase: LocalizedRule = {
  lexicon: {
    addYou: ['añadirte', 'agregarte', 'añadirle', 'agregarle', 'añadirlo', 'agregarlo', 'añadirla', 'agregarla', 'sumarte', 'incluirte', 'incluirle', 'invitarte', 'invitarle', 'conectar contigo', 'conectar con usted'],
    myNetwork: ['como contacto(?: en linkedin)?', '(?:a|en) mi red(?: profesional| de contactos)?(?: (?:en|de) linkedin)?', 'a (?:unirte|unirse) a mi red(?: profesional)?(?: (?:en|de) linkedin)?', 'a mis contactos(?: (?:en|de) linkedin)?'],
  },
  families: [
    {
      name: 'defaultInvitation',
      means: 'is LinkedIn’s default invitation text',
      patterns: [
        // Any lead-in: "me pareció buena idea sumarte a mis contactos" (not "invitarte a mi red de mentores")
        '{addYou} {myNetwork}(?! de (?!contactos|linkedin))',
        '(?:me gustar(?:í|i)a|quisiera|quiero|deseo) (?:formar parte|unirme|ser parte) de (?:tu|su) red(?: profesional)?(?: (?:en|de) linkedin)?',
        '(?:ya que|como) eres (?:una persona|alguien) (?:de|en) quien conf(?:í|i)o', '(?:te|le) invito a (?:unirte|unirse|formar parte) (?:a|de) mi red',
        '(?:tenerte|tenerle|contar contigo|contar con usted) (?:en|entre) (?:mis contactos|mi red)', '(?:te|le|os) (?:invito|invitamos) a conectar', 'invitarte a conectar', 'formar parte de mi red(?: profesional| de contactos)?',
        '(?:formar parte|ser parte|unirme|sumarme) de (?:tu|su) red(?: de contactos)?(?: profesional(?:es)?)?(?! de)', 'que (?:fu(?:é|e)ramos|fu(?:é|e)semos|seamos) contactos',
      ],
    },
    {
      name: 'stockOpener',
      means: 'is a stock opener that would fit anyone',
      patterns: [
        '(?:vi|he visto|revis(?:é|e)|he revisado|estuve viendo) (?:tu|su) perfil y (?:me )?(?:pareci(?:ó|o)|ha parecido|me parece|me llam(?:ó|o) la atenci(?:ó|o)n|me gust(?:ó|o)|me interes(?:ó|o))',
        '(?:me encontr(?:é|e)|me he encontrado|me top(?:é|e)|di) con (?:tu|su) perfil', '(?:tu|su) perfil (?:me )?(?:pareci(?:ó|o)|ha parecido|parece|es) (?:muy |realmente |s(?:ú|u)per )?(?:interesante|impresionante|incre(?:í|i)ble)',
        'navegando por linkedin', 'me apareci(?:ó|o) (?:tu|su) perfil',
        // "me salió tu perfil entre las sugerencias", "tu perfil me apareció en…"
        '(?:me )?(?:sali(?:ó|o)|ha salido|apareci(?:ó|o)|ha aparecido|salt(?:ó|o)) (?:tu|su) perfil', '(?:tu|su) perfil me (?:sali(?:ó|o)|apareci(?:ó|o)|ha salido|ha aparecido)', '(?:tu|su) perfil (?:me )?(?:llam(?:ó|o)|ha llamado) (?:mucho )?la atenci(?:ó|o)n',
        'me (?:llam(?:ó|o)|ha llamado) (?:mucho )?la atenci(?:ó|o)n (?:tu|su) perfil', 'revisando (?:perfiles|linkedin)', '(?:encontr(?:é|e)|vi) (?:tu|su) perfil (?:en linkedin|por casualidad|navegando)',
      ],
    },
    {
      name: 'networkingForItsOwnSake',
      means: 'networks for its own sake',
      patterns: [
        '(?:estoy|estamos) (?:ampliando|expandiendo|creciendo|haciendo crecer) (?:mi|nuestra) red', '(?:busco|buscando|quiero|me gustar(?:í|i)a) (?:ampliar|expandir|hacer crecer|aumentar) mi red',
        '(?:siempre )?(?:busco|estoy buscando|me gusta) conectar con (?:profesionales|personas|gente)', 'conectar con (?:m(?:á|a)s |otros |otras |nuevos |muchos )?profesionales (?:del|de) (?:sector|(?:á|a)rea|rubro|mi (?:sector|(?:á|a)rea|rubro)|la industria|tu (?:sector|(?:á|a)rea|rubro))',
        '(?:conectar|conectarme|conectarnos) (?:contigo |con usted )?(?:para|y) (?:compartir|intercambiar) (?:ideas|experiencias|conocimientos|sinergias|oportunidades|contactos)', 'ampliar mi red de contactos', '(?:ampliar|expandir|hacer crecer|aumentar|fortalecer|enriquecer) mi red(?: de contactos| profesional)?',
        '(?:explorar|buscar|generar|encontrar) (?:posibles |nuevas )?sinergias', 'posibles sinergias', '(?:sumar|añadir|agregar|incorporar) (?:\\S+ )?(?:profesionales|contactos|personas|gente) (?:\\S+ ){0,4}?a (?:la|mi) red',
      ],
    },
    {
      name: 'addressesNobody',
      means: 'addresses nobody in particular',
      patterns: [
        'a quien (?:corresponda|pueda interesar|le pueda interesar|interese)', // The longer forms first: the first alternative that matches is the excerpt.
        'estimad[oa]\\([oa]\\) señor\\(a\\)', 'estimad[oa]\\/[oa] señor\\/a', 'estimad[oa]\\/[oa]', 'estimad@s?', 'apreciad[oa]\\/[oa]', 'querid[oa]\\/[oa]', 'hola a quien (?:corresponda|lea esto)', 'estimad[oa]\\([oa]\\)',
        'estimad[oa]s? (?:candidat[oa]|postulante|profesional|usuari[oa]|cliente|señor(?:es)?|señora)(?=\\s*[,:])',
        '(?:estimad[oa]s?|hola),? (?:reclutador(?:a)?|responsable de (?:selecci(?:ó|o)n|rr\\.? ?hh\\.?|recursos humanos|contrataci(?:ó|o)n)|equipo de (?:selecci(?:ó|o)n|rr\\.? ?hh\\.?|recursos humanos|talento)|departamento de (?:rr\\.? ?hh\\.?|recursos humanos|selecci(?:ó|o)n))(?=\\s*[,:])', 'muy señores nuestros',
      ],
    },
  ],
};
