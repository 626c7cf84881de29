import type { RiskTier } from '../model/enums';

export interface CatalogueArea {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface CatalogueItem {
  /** Stable across app versions: plans keep it to recognise catalogue items. */
  readonly catalogueId: string;
  readonly areaId: string;
  readonly question: string;
  /** Why it matters and what evidence looks like. */
  readonly help: string;
  /** Required from this tier upwards; recommended below it. */
  readonly requiredFrom: RiskTier;
}
