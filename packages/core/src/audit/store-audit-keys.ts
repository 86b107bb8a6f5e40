/** The keys one audit chain uses in a state store. */
export type StoreAuditKeys = {
  /** Key of the record with this `seq`. */
  record(seq: number): string;
  /** Key of the chain's head (`{ seq, hash }` of its last record). */
  readonly head: string;
};

/**
 * Keys of the chain `chainId` under `namespace`: records at `<namespace>:<chainId>:<seq>`, the head at
 * `<namespace>:<chainId>:head`.
 */
export function storeAuditKeys(namespace: string, chainId: string): StoreAuditKeys {
  const prefix = `${namespace}:${chainId}:`;
  return { record: (seq) => `${prefix}${seq}`, head: `${prefix}head` };
}
