/** The learned relation classifier (issue 9): candidates, features, model, trainer, and how it joins the rules. */
export { STYLES, documentStyle, relationCandidates, topicOf, type DocumentStyle, type RelationCandidate } from './candidates.js';
export { LABELS, allowedLabels, type Label } from './labels.js';
export {
  CLASSIFIER_OFF,
  DEFAULT_MODEL_FILE,
  MODEL_FORMAT,
  RelationModelError,
  bestRelation,
  defaultRelationModel,
  labelProbabilities,
  loadRelationModel,
  offeredLabels,
  parseRelationModel,
  serializeRelationModel,
  thresholdFor,
  type RelationModel,
  type RelationModelFile,
} from './model.js';
export { seededRandom, shuffled } from '../../learned/softmax-regression.js';
export { DEFAULT_TRAIN_OPTIONS, styled, trainRelationModel, type TrainOptions, type TrainingExample } from './train.js';
export { combineWithRules, learnedRelations, scoreCandidates, type ScoredCandidate } from './apply.js';
