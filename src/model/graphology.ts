// graphology and its companions are typed as CommonJS defaults, which
// TypeScript's NodeNext resolution mistypes for an ES module importer; the
// runtime values are right. This one module gives them their real types.
import GraphModule from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type * as types from 'graphology-types';

type Default<T> = T extends { default: infer D } ? D : T;
const real = <T>(module: T): Default<T> => module as unknown as Default<T>;

export type Attributes = types.Attributes;
export type Graph<N extends Attributes = Attributes, E extends Attributes = Attributes> = types.default<N, E>;
export type GraphOptions = types.GraphOptions;

export function createGraph<N extends Attributes, E extends Attributes>(options: GraphOptions): Graph<N, E> {
  const Constructor = real(GraphModule) as unknown as types.GraphConstructor<N, E>;
  return new Constructor(options);
}

export const louvain = real(louvainModule);
