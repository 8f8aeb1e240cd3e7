package potconsole.engine.model;

/** Value kinds of pot attributes (pot-spec §2.3). */
public enum AttributeKind {
    /** yes/no/true/false/on/off in any case, stored as YES/NO. */
    BOOL,
    /** digits only. */
    UINT,
    /** new, inherit or disable. */
    SYSVOPT,
    /** anything non-empty. */
    STRING
}
