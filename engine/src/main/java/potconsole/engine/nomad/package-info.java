/**
 * Nomad jobs for the pot task driver (pot-spec §8): the job as a record, its validation, and its two renderings —
 * HCL for {@code nomad job run} and the HTTP API's JSON.
 */
package potconsole.engine.nomad;
