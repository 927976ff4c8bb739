import type { Schemas } from '../../api/client';

type OutletType = Schemas['OutletResponse']['type'];

// Checked against the generated enum: a value the API does not know fails to compile.
export const OUTLET_TYPES = [
  'news-agency', 'newspaper', 'broadcaster', 'online-outlet', 'magazine', 'think-tank', 'research-institute',
  'government', 'intergovernmental', 'military', 'ngo', 'company', 'political-party', 'other',
] as const satisfies readonly OutletType[];

export const list = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);
