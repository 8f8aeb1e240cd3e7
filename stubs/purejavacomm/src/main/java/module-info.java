/** Empty on purpose: satisfies JediTermFX's unused {@code requires purejavacomm}. */
module purejavacomm {}
