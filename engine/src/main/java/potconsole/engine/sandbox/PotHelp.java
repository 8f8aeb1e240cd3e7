package potconsole.engine.sandbox;

import java.util.Map;

/** Help texts of pot 0.16.0, verbatim from the recorded transcripts; a short usage line for the others. */
final class PotHelp {
    private static final Map<String, String> TEXTS =
            Map.of("set-attribute", """
pot set-attribute [-hv] -p pot -A attr -V value
  -h print this help
  -v verbose
  -p pot : the working pot
  -A attribute : one of
     + children
     + devfs_ruleset
     + early-start-at-boot
     + enforce_statfs
     + exec_stop
     + fdescfs
     + linprocfs
     + localhost-tunnel
     + mlock
     + mount
     + no-etc-hosts
     + no-rc-script
     + no-tmpfs
     + nullfs
     + persistent
     + procfs
     + prunable
     + raw_sockets
     + start-at-boot
     + stop_timeout
     + sysvmsg
     + sysvsem
     + sysvshm
     + tmpfs
     + zfs
  -V value : the new value for \"attribute\"
""", "import", """
pot import [-hv] -p pot -t tag -U URL [-C pubkey]
  -h print this help
  -v verbose
  -p pot : the remote pot name
  -t tag : the tag of the pot
  -U URL : the base URL where to find the image file
  -C pubkey : verify with public key 'pubkey' using signify(1)
""", "info", """
pot info [-hvqr] [-p pname|-B bname]
  -h print this help
  -v verbose
  -q quiet
  -p pname : pot name
  -B bname : bridge name
  -r check only if the pot is running
  -E output some pot information as environment variables
  -s list the available snapshots for the pot
""", "set-rss", """
pot set-rss [-hv] -p pot [-C cpus] [-M memory]
  -h print this help
  -v verbose
  -p pot : the working pot
  -C cpus : the max amount of CPUs
  -M memory : max memory usable (integer values)
""", "create", """
pot create [-hv] -p potname [-N network-type] [-i ipaddr]
           [-l lvl] [-f flavour] [-b base|-P basepot]
           [-d dns] [-t type]
  -h print this help
  -v verbose
  -k keep the pot, if create fails
  -p potname : the pot name (mandatory)
  -l lvl : pot level (only for type multi)
  -b base : the base pot
  -P pot : the pot to be used as reference
  -d dns : pot dns resolver configuration, one of
           inherit*       - inherit from jailhost (*default)
           pot            - the pot configured in POT_DNS_NAME
           custom:<file>  - copy <file> into pot configuration
           off            - leave resolver config unaltered
  -f flavour : flavour to be used
  -t type: pot file system layout, one of
           single         - the pot is based on a unique ZFS dataset
           multi*         - the pot is composed by a classical
                            collection of 3 ZFS datasets (*default)
  -N network-type: pot network layout, one of
           inherit*       - inherit the host network stack (*default)
           alias          - configure a static ip alias directly on
                            the host's NIC
           public-bridge  - use the common internal public bridge
           private-bridge - use an internal private bridge (with -B)
  -i ipaddr : IP address selection, one of
           auto*          - automatically assign address (*default),
                            only works with (public|private)-bridge
           ipaddr         - mandatory with alias,
                            also works with (public|private)-bridge
  -B bridge-name : the name of the private bridge to be used
  -S network-stack : the network stack (ipv4, ipv6 or dual)
""", "usage", """
Usage: pot command [options]

Commands:
    help    -- Show help
    version -- Show version of the pot command
    config  -- Show pot framework configuration
    ls/list -- List of the installed pots
    show    -- Show information on pots
    info    -- Print minimal information on a pot
    top     -- Run top(1) inside the pot
    ps      -- Show running pots
    init    -- Initialize the ZFS layout
    de-init -- Remove pot from your system
    vnet-start -- Start vnet configuration
    create-base -- Create a new base image
    create-fscomp -- Create a new fs component
    create-private-bridge -- Create a new private bridge
    create -- Create a new pot (jail)
    clone -- Clone a pot, creating a new one
    clone-fscomp -- Clone an fscomp
    rename -- Rename a pot
    destroy -- Destroy a pot
    prune   -- Destroy non-running, prunable pots
    copy-in -- Copy a file or a directory into a pot
    copy-out -- Copy a file or a directory out of a pot
    mount-in -- Mount directory, ZFS dataset, or fscomp into a pot
    mount-out -- Unmount directory, ZFS dataset, or fscomp from a pot
    add-dep -- Add a dependency
    set-rss -- Set a resource constraint
    get-rss -- Get the current resource usage
    set-cmd -- Set the command to start the pot
    set-env -- Set environment variables inside a pot
    set-hosts -- Set /etc/hosts entries inside a pot
    set-hook -- Set hook scripts for a pot
    set-attribute/set-attr -- Set an attribute on a pot
    get-attribute/set-attr -- Get an attribute from a pot
    export-ports -- Allows exposing tcp and udp ports
    start -- Start a pot (jail)
    stop -- Stop a pot (jail)
    term -- Open terminal inside of a pot
    run -- Same as term, but start pot if it is not running
    snap/snapshot -- Take a snapshot of a pot
    rollback/revert -- Restore the latest snapshot
    purge-snapshots -- Remove old/all snapshots
    export -- Export a pot to a file
    import -- Import a pot from a file or a URL
    prepare -- Import and prepare a pot, used by orchestrators
    update-config -- Update the configuration of a pot
    last-run-stats -- Get statistics about a pot's last run
    signal -- Send signal to pot
    exec -- Execute a progam inside of a pot
""");

    private PotHelp() {}

    /** The help a command prints after a usage error (without the final newline). */
    static String of(String command) {
        String text = TEXTS.get(command);
        if (text == null) {
            return "pot " + command + " [-hv] ...\n  -h print this help\n  -v verbose";
        }
        return text.substring(0, text.length() - 1);
    }
}
