package dev.cairn.diff;

import dev.cairn.diff.internal.json.Json;
import dev.cairn.diff.internal.json.ModelJson;
import dev.cairn.diff.model.Database;
import java.util.Map;

/**
 * The JSON form of a {@link Database}: one object per record, keys named and ordered as the record
 * components, null values and empty lists left out. Output is stable: equal databases give equal
 * text, so it diffs well under version control.
 */
public final class SchemaJson {
  private SchemaJson() {}

  /**
   * Renders a database as JSON.
   *
   * @param database the database
   * @return pretty-printed JSON ending in a newline
   */
  public static String write(Database database) {
    return Json.write(ModelJson.toTree(database));
  }

  /**
   * Reads a database back from {@link #write(Database)}'s output.
   *
   * @param json the JSON text
   * @return the database
   * @throws IllegalArgumentException when the text is not such JSON
   */
  public static Database read(String json) {
    Object tree = Json.parse(json);
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException("Expected a JSON object describing a database");
    }
    return ModelJson.fromTree(tree, Database.class);
  }
}
