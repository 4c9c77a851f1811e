import type { EntityType } from '../../../model/ontology.js';
import { bestEntityLabel, type EntityModel, thresholdKey, TYPER_OFF } from './model.js';
import { labelOfType, NOT_ENTITY, typeOfLabel } from './labels.js';
import type { DocumentStyle } from '../../relations/topic.js';

/** Is the typer on for this kind of name in this style of document? (Off: no features are built.) */
export function typerOn(model: EntityModel, typed: boolean, style: DocumentStyle): boolean {
  return (model.thresholds[thresholdKey(typed ? 'typed' : 'untyped', style)] ?? TYPER_OFF) < TYPER_OFF;
}

/**
 * The type a name ends with. Untyped: the model's likeliest entity type when
 * it is sure enough, else none (the name is dropped). Typed by a weak rule:
 * the model's likeliest label (none drops the name) when it differs and the
 * model is sure enough, else the rule's type.
 */
export function learnedType(model: EntityModel, features: readonly string[], current: EntityType | undefined, style: DocumentStyle): EntityType | undefined {
  const decision = current === undefined ? 'untyped' : 'typed';
  const threshold = model.thresholds[thresholdKey(decision, style)] ?? TYPER_OFF;
  if (threshold >= TYPER_OFF) return current;
  const best = bestEntityLabel(model, features, decision);
  if (best.probability < threshold || best.label === (current === undefined ? NOT_ENTITY : labelOfType(current))) return current;
  return typeOfLabel(best.label);
}
