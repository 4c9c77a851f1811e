/** The learned entity typer (issue 9): types the capitalized names no rule typed. */
export { ENTITY_LABELS, NOT_ENTITY, labelOfType, typeOfLabel, type EntityLabel } from './labels.js';
export { documentTopic, nameFeatures, tokenStyle, typedNeighbours, wordShape, type TypedNeighbours } from './features.js';
export {
  DEFAULT_ENTITY_MODEL_FILE,
  ENTITY_MODEL_FORMAT,
  EntityModelError,
  TYPER_OFF,
  bestEntityLabel,
  thresholdKey,
  type Decision,
  defaultEntityModel,
  entityLabelProbabilities,
  loadEntityModel,
  parseEntityModel,
  serializeEntityModel,
  type EntityModel,
  type EntityModelFile,
} from './model.js';
export { DEFAULT_ENTITY_TRAIN_OPTIONS, trainEntityModel, type EntityExample, type EntityTrainOptions } from './train.js';
export { learnedType, typerOn } from './apply.js';
