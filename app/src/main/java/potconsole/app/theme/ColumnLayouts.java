package potconsole.app.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A table's column layout (order, widths, visibility) as one line of the placement file, and back. */
final class ColumnLayouts {
    private ColumnLayouts() {}

    /** "Name:150.0:1,State:95.0:1,…" — the columns in their order, each with its width and whether it is shown. */
    static String columnLayout(TableView<?> table) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            parts.add(escape(c.getText()) + ":" + Math.round(c.getWidth()) + ":" + (c.isVisible() ? 1 : 0));
        }
        return String.join(",", parts);
    }

    static void saveColumns(PlacementFile file, TableView<?> table, String key) {
        file.put(key + ".columns", columnLayout(table));
        file.save();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void restoreColumns(PlacementFile file, TableView<?> table, String key) {
        Optional<String> layout = file.get(key + ".columns");
        if (layout.isEmpty()) {
            return;
        }
        Map<String, TableColumn> byName = new HashMap<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            byName.put(c.getText(), c);
        }
        List<TableColumn> order = new ArrayList<>();
        for (String part : layout.get().split(",")) {
            String[] f = part.split(":");
            if (f.length != 3) {
                continue;
            }
            TableColumn c = byName.remove(unescape(f[0]));
            if (c == null) {
                continue;
            }
            try {
                double width = Double.parseDouble(f[1]);
                if (width >= c.getMinWidth() && width <= 2000) {
                    c.setPrefWidth(width);
                }
            } catch (NumberFormatException e) {
                // keep the default width
            }
            c.setVisible(!"0".equals(f[2]));
            order.add(c);
        }
        // Columns the file does not know (new in this version) keep their place at the end.
        for (TableColumn<?, ?> c : table.getColumns()) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        ((TableView) table).getColumns().setAll(order);
    }

    private static String escape(String s) {
        return s.replace("%", "%25").replace(",", "%2C").replace(":", "%3A");
    }

    private static String unescape(String s) {
        return s.replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }
}
