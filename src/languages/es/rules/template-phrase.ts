import type { LocalizedRule } from '../../types.ts';

/**
 * LinkedIn's default invitations in Spanish, stock openers, networking for its own sake and salutations
 * that address nobody ("A quien corresponda", "Estimado/a").
 */
export const templatePhrase: LocalizedRule = {
  lexicon: {
    addYou: ['añadirte', 'agregarte', 'añadirle', 'agregarle', 'añadirlo', 'agregarlo', 'añadirla', 'agregarla', 'sumarte', 'incluirte', 'incluirle', 'invitarte', 'invitarle', 'conectar contigo', 'conectar con usted'],
    myNetwork: ['(?:a|en) mi red(?: profesional| de contactos)?(?: (?:en|de) linkedin)?', 'a (?:unirte|unirse) a mi red(?: profesional)?(?: (?:en|de) linkedin)?', 'a mis contactos(?: (?:en|de) linkedin)?'],
  },
  families: [
    {
      name: 'defaultInvitation',
      means: 'is LinkedIn’s default invitation text',
      patterns: [
        '(?:me gustar(?:í|i)a|quisiera|quiero|deseo|me encantar(?:í|i)a) {addYou} {myNetwork}',
        '(?:me gustar(?:í|i)a|quisiera|quiero|deseo) (?:formar parte|unirme|ser parte) de (?:tu|su) red(?: profesional)?(?: (?:en|de) linkedin)?',
        'ya que eres (?:una persona|alguien) (?:de|en) (?:quien|quien) conf(?:í|i)o',
      ],
    },
    {
      name: 'stockOpener',
      means: 'is a stock opener that would fit anyone',
      patterns: [
        '(?:vi|he visto|revis(?:é|e)|he revisado|estuve viendo) (?:tu|su) perfil y (?:me )?(?:pareci(?:ó|o)|ha parecido|me parece|me llam(?:ó|o) la atenci(?:ó|o)n|me gust(?:ó|o)|me interes(?:ó|o))',
        '(?:me encontr(?:é|e)|me he encontrado|me top(?:é|e)|di) con (?:tu|su) perfil', '(?:tu|su) perfil (?:me )?(?:pareci(?:ó|o)|ha parecido|parece) (?:muy )?interesante',
        'navegando por linkedin', 'me apareci(?:ó|o) (?:tu|su) perfil',
      ],
    },
    {
      name: 'networkingForItsOwnSake',
      means: 'networks for its own sake',
      patterns: [
        '(?:estoy|estamos) (?:ampliando|expandiendo|creciendo|haciendo crecer) (?:mi|nuestra) red', '(?:busco|buscando|quiero|me gustar(?:í|i)a) (?:ampliar|expandir|hacer crecer|aumentar) mi red',
        '(?:siempre )?(?:busco|estoy buscando|me gusta) conectar con (?:profesionales|personas|gente)', 'conectar con profesionales (?:del|de) (?:sector|(?:á|a)rea|rubro)',
        'me encantar(?:í|i)a conectar contigo para compartir ideas', 'ampliar mi red de contactos',
      ],
    },
    {
      name: 'addressesNobody',
      means: 'addresses nobody in particular',
      patterns: [
        'a quien (?:corresponda|pueda interesar|le pueda interesar|interese)', 'estimad[oa]\\/[oa]', 'estimad@s?', 'estimad[oa]\\([oa]\\)', 'estimad[oa]\\([oa]\\) señor\\(a\\)', 'estimad[oa]\\/[oa] señor\\/a',
        'estimad[oa]s? (?:candidat[oa]|postulante|profesional|usuari[oa]|cliente|señor(?:es)?|señora)(?=\\s*[,:])', 'muy señores nuestros',
      ],
    },
  ],
};
