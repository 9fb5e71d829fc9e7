/**
 * Ordinary French words of five letters or more, lower case, accents folded: in capitals they are
 * shouting (URGENT, IMPORTANT, AUJOURD'HUI, SOUTIEN), unlike acronyms (URSSAF, ESSEC, INSEAD).
 */
export const ordinaryWords: readonly string[] = (
  'urgent urgente urgence important importante importants attention aujourd\'hui maintenant demain absolument vraiment ' +
  'gratuit gratuite gratuits offert offerte offre offres promo promotion exceptionnel exceptionnelle unique incroyable ' +
  'soutien besoin besoins merci bonjour bonsoir salut toujours jamais encore rapidement vite immediatement directement ' +
  'rappel relance reponse reponses attente derniere dernier dernieres derniers chance occasion opportunite opportunites ' +
  'projet projets travail emploi poste postes candidature stage alternance entreprise societe equipe equipes client clients ' +
  'service services produit produits marque marques vente ventes achat achats contrat contrats mission missions ' +
  'message messages contact contacts reseau reseaux profil profils parcours experience experiences competence competences ' +
  'formation formations diplome ecole universite etudiant etudiante etudiants recherche recherches question questions ' +
  'rendez-vous reunion reunions entretien entretiens appel appels telephone semaine semaines heure heures minute minutes ' +
  'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier avril juillet septembre octobre novembre decembre ' +
  'matin apres-midi soiree journee annee annees moment moments temps bientot prochain prochaine prochains ' +
  'nouveau nouvelle nouveaux nouvelles grand grande grands grandes petit petite petits petites meilleur meilleure meilleurs ' +
  'super genial geniale parfait parfaite excellent excellente magnifique formidable superbe enorme extraordinaire ' +
  'rejoignez rejoindre inscrivez inscription inscrivez-vous abonnez abonnez-vous abonnement partagez partager partage ' +
  'likez commentez cliquez cliquer telechargez telecharger decouvrez decouvrir profitez profiter reservez reserver ' +
  'appelez appeler contactez contacter repondez repondre envoyez envoyer ecrivez ecrire venez venir achetez acheter ' +
  'vendre payer gagner gagnez perdre perdez rater ratez manquez manquer limite limitee limites places derniere ' +
  'seulement uniquement rapide rapides facile faciles simple simples efficace efficaces puissant puissante ' +
  'argent revenu revenus salaire budget budgets chiffre chiffres resultat resultats croissance objectif objectifs ' +
  'strategie marketing digital numerique innovation solution solutions plateforme outil outils logiciel application ' +
  'conseil conseils expert experte experts accompagnement accompagner developpement developper ameliorer augmenter ' +
  'reduire booster doubler tripler multiplier optimiser transformer lancer lancement evenement evenements salon ' +
  'conference conferences atelier ateliers webinaire seminaire colloque forum invitation invite invitee ' +
  'personne personnes monde ville pays region secteur domaine metier metiers industrie ' +
  'manager directeur directrice responsable president presidente fondateur fondatrice associe associee ' +
  'recrutement recruteur recruteuse candidat candidate candidats profil embauche embaucher chercher cherche ' +
  'trouver trouve aider aidez aidez-moi besoin svp plait s\'il vous plait vraiment serieusement franchement ' +
  'desole desolee pardon excuse excusez probleme problemes erreur erreurs retard retards delai delais ' +
  'jamais personne rien toujours souvent parfois ensemble ailleurs partout vraiment beaucoup plusieurs ' +
  'quelque quelques chaque autre autres meme memes notre votre leurs cette celle celui ceux celles ' +
  'pourquoi comment quand combien parce depuis pendant avant apres entre contre chez avec sans selon ' +
  'bravo felicitations chapeau courage attention danger stop arretez arreter assez terminer termine ' +
  'interdit obligatoire necessaire essentiel essentielle indispensable prioritaire priorite critique ' +
  'derniere chance maintenant immediat immediate immediatement aujourdhui ce soir tres ' +
  'nouveau gratuitement remise reduction solde soldes prix tarif tarifs devis catalogue facture ' +
  'vacances bureau maison famille enfant enfants ami amis amie amies collegue collegues patron ' +
  'bonne bonnes journee belle heureux heureuse content contente ravi ravie fier fiere ' +
  'verite honte scandale inadmissible inacceptable lamentable ridicule nul nulle ' +
  'attendez attendre attends patience confirmer confirmez confirmation valider validez validation ' +
  'lisez lire regardez regarder voyez voir sachez savoir pensez penser oubliez oublier'
)
  .split(/\s+/)
  .filter((w) => w.replace(/['-]/g, '').length >= 5);
