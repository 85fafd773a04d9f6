/**
 * Looks records up by the ids other records give. The model is built only from data whose references
 * check-references.js has already checked, so an id with no record is a bug in the build, not in the data.
 */

/**
 * The record `id` names in `records`; throws when there is none.
 * @template T
 * @param {ReadonlyMap<string, T>} records
 * @param {string} id
 * @returns {T}
 * @example lookup(roleSummaries, "technical") → { id: "technical", title: "Technical", url: "/roles/technical/" }
 */
export function lookup(records, id) {
  const record = records.get(id);
  if (record === undefined) throw new Error(`The model refers to "${id}", which has no record: the reference checks missed it`);
  return record;
}
