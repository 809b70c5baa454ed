// Strings of the FSRS optimizer and the estimated workload in Settings (issue 12), French and English side by side.
import type { Catalog } from './catalog';

export const optimizerMessages = {
  'optimizer.heading': { fr: 'Paramètres FSRS', en: 'FSRS parameters' },
  'optimizer.intro': {
    fr: 'FSRS prévoit quand vous oublierez chaque carte. Ajustés à vos propres réponses, ses paramètres prévoient mieux que ceux par défaut.',
    en: 'FSRS predicts when you will forget each card. Fitted to your own answers, its parameters predict better than the defaults.',
  },
  'optimizer.current.default': { fr: 'Paramètres utilisés : ceux par défaut de FSRS.', en: 'Parameters in use: FSRS’s defaults.' },
  'optimizer.current.fitted': { fr: 'Paramètres utilisés : ajustés à vos réponses.', en: 'Parameters in use: fitted to your answers.' },
  'optimizer.run': { fr: 'Optimiser mes paramètres', en: 'Optimize my parameters' },
  'optimizer.cancel': { fr: 'Annuler', en: 'Cancel' },
  'optimizer.reset': { fr: 'Revenir aux paramètres par défaut', en: 'Back to the default parameters' },
  'optimizer.progress': { fr: 'Optimisation en cours', en: 'Optimizing' },
  'optimizer.progressValue': { fr: 'Passe {done} sur {total}', en: 'Pass {done} of {total}' },
  'optimizer.preparing': { fr: 'Lecture de vos réponses…', en: 'Reading your answers…' },
  'optimizer.cancelled': {
    fr: 'Optimisation annulée : les paramètres n’ont pas changé.',
    en: 'Optimization cancelled: the parameters have not changed.',
  },
  'optimizer.failed': { fr: 'L’optimisation a échoué : {error}', en: 'The optimization failed: {error}' },
  'optimizer.tooFew': {
    fr: 'Il faut au moins {needed} réponses pour ajuster les paramètres ; vous en avez {reviews}. Les paramètres par défaut restent.',
    en: 'Fitting the parameters needs at least {needed} answers; you have {reviews}. The default parameters stay.',
  },
  'optimizer.fitted': {
    fr: 'Nouveaux paramètres enregistrés, ajustés sur {reviews} réponses.',
    en: 'New parameters saved, fitted on {reviews} answers.',
  },
  'optimizer.noBetter': {
    fr: 'Les paramètres ajustés sur {reviews} réponses ne prévoient pas mieux vos réponses : les paramètres actuels restent.',
    en: 'The parameters fitted on {reviews} answers do not predict your answers better: the current parameters stay.',
  },
  'optimizer.resetDone': { fr: 'Paramètres par défaut rétablis.', en: 'Default parameters restored.' },
  'optimizer.fit.caption': {
    fr: 'Qualité des prévisions (plus bas est meilleur)',
    en: 'How well the answers are predicted (lower is better)',
  },
  'optimizer.fit.measure': { fr: 'Mesure', en: 'Measure' },
  'optimizer.fit.before': { fr: 'Avant', en: 'Before' },
  'optimizer.fit.after': { fr: 'Après', en: 'After' },
  'optimizer.fit.logLoss': { fr: 'Log loss', en: 'Log loss' },
  'optimizer.fit.rmse': { fr: 'RMSE', en: 'RMSE' },
  'workload.heading': { fr: 'Charge estimée selon la rétention visée', en: 'Estimated workload by desired retention' },
  'workload.help': {
    fr: 'Révisions par jour sur un an, en apprenant {newPerDay} nouvelles cartes par jour, simulées avec vos paramètres.',
    en: 'Reviews a day over a year, learning {newPerDay} new cards a day, simulated with your parameters.',
  },
  'workload.retention': { fr: 'Rétention visée', en: 'Desired retention' },
  'workload.reviewsPerDay': { fr: 'Révisions par jour', en: 'Reviews a day' },
  'workload.computing': { fr: 'Simulation en cours…', en: 'Simulating…' },
  'workload.failed': { fr: 'Simulation impossible : {error}', en: 'Could not simulate: {error}' },
} as const satisfies Catalog;
