/**
 * Flavour files (pot-spec §6): the command file parsed and rendered exactly as pot reads it, the linter, and the
 * dry-run preview of the pot.conf a create with flavours produces.
 */
package potconsole.engine.flavour;
