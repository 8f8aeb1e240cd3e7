package potconsole.engine.inventory;

/** The inventory could not be read, with a reason a person can act on. */
public final class InventoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        POT_NOT_INSTALLED("pot is not installed (no 'pot' on PATH)"),
        NO_DEFAULT_CONF("pot's pot.default.conf is missing"),
        FS_ROOT_MISSING("POT_FS_ROOT does not exist — run 'pot init'"),
        FS_ROOT_UNREADABLE("POT_FS_ROOT is not readable — add the account to group 'pot'"),
        INCOMPLETE("the inventory output was cut off"),
        SCRIPT_FAILED("the inventory script failed");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final Reason reason;

    public InventoryException(Reason reason, String detail) {
        super(reason.text() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
